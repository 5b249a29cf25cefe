package cn.shuangsuiji.draw.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.AbandonDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.AddWitnessUseCase;
import cn.shuangsuiji.draw.application.port.in.DrawJobUseCases;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.web.bind.annotation.RequestHeader;
import cn.shuangsuiji.draw.application.port.in.ConfirmDispatchUseCase;
import cn.shuangsuiji.draw.application.port.in.ConfirmDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.DispatchDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.DrawQueries;
import cn.shuangsuiji.draw.application.port.in.ReplaceInspectorUseCase;
import cn.shuangsuiji.draw.application.port.in.RevealSecretUseCase;
import cn.shuangsuiji.draw.application.port.in.SubstituteTargetUseCase;
import cn.shuangsuiji.draw.application.port.in.ReadModelUseCases;
import cn.shuangsuiji.draw.domain.draw.DrawOutcome;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.platform.web.RespondAsync;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

/**
 * 抽取 API — {@code /api/draws}. The caller is the verified token's {@link Actor}; the use cases check it against
 * the rights table (README) and record its subject in the hash-chained log and the audit trail.
 */
@RestController
@RequestMapping("/api/draws")
@Tag(name = "draws", description = "抽取")
class DrawController {

    private final DrawJobUseCases jobs;
    private final java.time.Clock clock;
    private final java.time.Duration syncWait;
    private final RevealSecretUseCase reveal;
    private final AbandonDrawUseCase abandon;
    private final SubstituteTargetUseCase substitute;
    private final ReplaceInspectorUseCase replace;
    private final AddWitnessUseCase addWitness;
    private final ConfirmDrawUseCase confirm;
    private final DispatchDrawUseCase dispatch;
    private final ConfirmDispatchUseCase confirmDispatch;
    private final DrawQueries draws;
    private final ReadModelUseCases readModels;

    DrawController(DrawJobUseCases jobs, java.time.Clock clock,
                   @org.springframework.beans.factory.annotation.Value("${ssj.draw.jobs.sync-wait:20s}")
                   java.time.Duration syncWait, RevealSecretUseCase reveal, AbandonDrawUseCase abandon, SubstituteTargetUseCase substitute, ReplaceInspectorUseCase replace,
                   AddWitnessUseCase addWitness, ConfirmDrawUseCase confirm, DispatchDrawUseCase dispatch,
                   ConfirmDispatchUseCase confirmDispatch, DrawQueries draws, ReadModelUseCases readModels) {
        this.jobs = jobs;
        this.clock = clock;
        this.syncWait = syncWait;
        this.reveal = reveal;
        this.abandon = abandon;
        this.substitute = substitute;
        this.replace = replace;
        this.addWitness = addWitness;
        this.confirm = confirm;
        this.dispatch = dispatch;
        this.confirmDispatch = confirmDispatch;
        this.draws = draws;
        this.readModels = readModels;
    }

    @Operation(summary = "承诺抽取",
            description = "冻结抽查任务的对象与执法人员快照、未来的信标轮次、其他公开随机源和见证人承诺，生成抽取承诺（哈希）并写入哈希链日志。信标轮次须在将来：结果在承诺时不可预知。抽取操作员（DRAW_OPERATOR）。"
                    + "承诺在抽取任务中进行：" + ASYNC_NOTE)
    @ApiResponse(responseCode = "201", description = "已承诺", content = @Content(
            schema = @Schema(implementation = DrawResponse.class)))
    @ApiResponse(responseCode = "202", description = "抽取任务进行中；GET Location 查看任务，完成后 drawPath 指向抽取",
            content = @Content(schema = @Schema(implementation = DrawJobResponse.class)))
    @PostMapping
    ResponseEntity<?> commit(@Valid @RequestBody DrawRequests.Commit r,
                             @RequestHeader(value = "Prefer", required = false) String prefer, Actor actor) {
        DrawCommands.Commit cmd = command(() -> new DrawCommands.Commit(r.planId(), r.taskId(), r.beaconNetwork(),
                r.beaconRound(), r.targetSnapshotIds(), r.inspectorSnapshotIds(),
                r.sources() == null ? List.of() : r.sources().stream()
                        .map(s -> new DrawCommands.Source(s.name(), s.description(), s.format())).toList(),
                r.witnessCommitments() == null ? List.of() : r.witnessCommitments().stream()
                        .map(w -> new DrawCommands.WitnessCommitment(w.witness(), w.commitment())).toList(), actor));
        DrawJobUseCases.Started<cn.shuangsuiji.draw.domain.draw.Draw> started = jobs.commit(cmd);
        return answer(started, prefer, actor, draw -> ResponseEntity.created(URI.create("/api/draws/"
                + draw.id().value())).body(DrawResponse.of(draw)));
    }

    @Operation(summary = "执行抽取",
            description = "提交承诺轮次的信标签名（drand quicknet 或演示信标）、各随机源数值与见证人秘密，按抽取协议算出随机种子并产生抽取结果；结果不可更改，只能执行一次。"
                    + "执行在抽取任务中进行：" + ASYNC_NOTE)
    @ApiResponse(responseCode = "200", description = "已执行", content = @Content(
            schema = @Schema(implementation = DrawResponse.class)))
    @ApiResponse(responseCode = "202", description = "抽取任务进行中；GET Location 查看任务，完成后 drawPath 指向抽取",
            content = @Content(schema = @Schema(implementation = DrawJobResponse.class)))
    @PostMapping("/{id}/execute")
    ResponseEntity<?> execute(@PathVariable String id, @Valid @RequestBody DrawRequests.Execute r,
                              @RequestHeader(value = "Prefer", required = false) String prefer, Actor actor) {
        if (r.round() != null) {
            var current = draws.get(id, actor).draw().header();
            if (r.round() != current.beaconRound()) {
                throw new DomainProblem(ProblemKind.INVALID, "DRAW_BEACON_INVALID", "信标轮次不符",
                        "提交的是第 " + r.round() + " 轮的签名，承诺的轮次是 " + current.beaconRound());
            }
        }
        DrawJobUseCases.Started<cn.shuangsuiji.draw.application.port.in.DrawView> started = jobs.execute(
                command(() -> new DrawCommands.Execute(id, r.signature(), r.sourceValues(), r.witnessReveals(),
                        actor)));
        return answer(started, prefer, actor, view -> ResponseEntity.ok(DrawResponse.of(view)));
    }

    @Operation(summary = "抽取任务",
            description = "承诺或执行抽取的任务：状态（QUEUED、RUNNING、COMPLETED、FAILED、INTERRUPTED）、耗时，完成后 drawPath 指向抽取，"
                    + "被拒绝时给出原因（failureCode、failureTitle、failureDetail）。发起人、其部门人员及可查看全部抽取的角色可读。")
    @GetMapping("/jobs/{jobId}")
    DrawJobResponse job(@PathVariable String jobId, Actor actor) {
        return DrawJobResponse.of(jobs.get(jobId, actor), clock.instant());
    }

    static final String ASYNC_NOTE = "不带 Prefer: respond-async 时，任务在 ssj.draw.jobs.sync-wait（20 秒）内完成则直接返回结果"
            + "（被拒绝时返回相应错误），否则返回 202 与任务（Location 指向 /api/draws/jobs/{jobId}）；"
            + "带 Prefer: respond-async（RFC 7240）时立即返回 202 与任务。请求不会超过网关的 30 秒超时。";

    /**
     * The outcome within the bound (or its refusal), else 202 with the job: a request never outlives the gateway's
     * timeout whatever the draw's size (issue 12). {@code Prefer: respond-async} asks for the job at once.
     */
    private <T> ResponseEntity<?> answer(DrawJobUseCases.Started<T> started, String prefer, Actor actor,
                                         java.util.function.Function<T, ResponseEntity<?>> done) {
        RespondAsync async = RespondAsync.of(prefer, syncWait);
        if (!async.asked()) {
            try {
                return done.apply(started.outcome().get(async.patience().toMillis(),
                        java.util.concurrent.TimeUnit.MILLISECONDS));
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.TimeoutException e) {
                // still running: answer with the job
            }
        }
        ResponseEntity.BodyBuilder accepted = ResponseEntity.accepted()
                .location(URI.create(DrawJobResponse.path(started.job().id())))
                .header(HttpHeaders.RETRY_AFTER, "1");
        if (async.asked()) {
            accepted.header("Preference-Applied", "respond-async");
        }
        return accepted.body(DrawJobResponse.of(jobs.get(started.job().id(), actor), clock.instant()));
    }

    @Operation(summary = "见证人公开秘密",
            description = "见证人（令牌主体）在信标轮次之前公开其秘密，须与承诺中的哈希相符；抽取执行后不能再公开。")
    @PostMapping("/{id}/reveals")
    DrawResponse reveal(@PathVariable String id, @Valid @RequestBody DrawRequests.Reveal r, Actor actor) {
        return DrawResponse.of(reveal.reveal(new DrawCommands.Reveal(id, r.reveal(), actor)));
    }

    @Operation(summary = "作废抽取",
            description = "在执行前作废一次已承诺的抽取并说明原因；作废记录进入日志。")
    @PostMapping("/{id}/abandon")
    DrawResponse abandon(@PathVariable String id, @Valid @RequestBody DrawRequests.Abandon r, Actor actor) {
        return DrawResponse.of(abandon.abandon(new DrawCommands.Abandon(id, r.reason(), actor)));
    }

    @Operation(summary = "递补检查对象",
            description = "对已执行的抽取，因对象注销、查无下落、发现利害关系或重复检查，按承诺的规则递补对象；由牵头部门负责人批准（调用者）。")
    @PostMapping("/{id}/substitutions")
    DrawResponse substitute(@PathVariable String id, @Valid @RequestBody DrawRequests.Substitute r, Actor actor) {
        return DrawResponse.of(substitute.substitute(new DrawCommands.Substitute(id, r.targetId(), r.reason(), r.evidence(),
                actor)));
    }

    @Operation(summary = "更换执法检查人员",
            description = "对已执行的抽取，因回避等原因按承诺的规则更换执法检查人员。")
    @PostMapping("/{id}/replacements")
    DrawResponse replace(@PathVariable String id, @Valid @RequestBody DrawRequests.Replace r, Actor actor) {
        return DrawResponse.of(replace.replace(new DrawCommands.Replace(id, r.targetId(), r.inspectorId(), r.reason(),
                r.replacementInspectorId(), actor)));
    }

    @Operation(summary = "登记见证人",
            description = "为抽取登记现场见证人（姓名、身份、单位）。")
    @PostMapping("/{id}/witnesses")
    DrawResponse witness(@PathVariable String id, @Valid @RequestBody DrawRequests.Witness r, Actor actor) {
        return DrawResponse.of(addWitness.addWitness(new DrawCommands.AddWitness(id, r.name(), r.role(), r.organisation(),
                actor)));
    }

    @Operation(summary = "确认抽取结果",
            description = "见证人或负责人按角色确认抽取结果。")
    @PostMapping("/{id}/confirmations")
    DrawResponse confirm(@PathVariable String id, @Valid @RequestBody DrawRequests.Confirm r, Actor actor) {
        confirm.confirm(new DrawCommands.Confirm(id, r.role(), actor));
        return DrawResponse.of(draws.get(id, actor));
    }

    @Operation(summary = "下派检查任务",
            description = "把已执行抽取的检查任务下派给参与部门。")
    @PostMapping("/{id}/dispatches")
    DrawResponse dispatch(@PathVariable String id, @Valid @RequestBody DrawRequests.Dispatch r, Actor actor) {
        return DrawResponse.of(dispatch.dispatch(new DrawCommands.DispatchTo(id, r.departmentIds(), r.note(), actor)));
    }

    @Operation(summary = "确认接收下派",
            description = "参与部门确认接收下派的检查任务（须在规定的工作日内）。")
    @PostMapping("/{id}/dispatches/{departmentId}/confirm")
    DrawResponse confirmDispatch(@PathVariable String id, @PathVariable String departmentId,
                                 Actor actor) {
        return DrawResponse.of(confirmDispatch.confirmDispatch(new DrawCommands.ConfirmDispatch(id, departmentId, actor)));
    }

    /**
     * 抽取列表 — {@code GET /api/draws?planId=&taskId=&state=&departmentId=&after=&limit=}: the draws the caller may
     * read, by draw id; {@code nextAfter} is the cursor of the next page.
     */
    @Operation(summary = "抽取列表（按计划、任务、状态、部门筛选，游标分页）",
            description = "调用者可读的抽取，按抽取编号排序；nextAfter 为下一页游标（不满一页时为 null）。")
    @GetMapping
    DrawPageResponse list(@RequestParam(required = false) String planId,
                          @RequestParam(required = false) String taskId,
                          @RequestParam(required = false) String state,
                          @RequestParam(required = false) String departmentId,
                          @RequestParam(required = false) String after,
                          @RequestParam(required = false) Integer limit, Actor actor) {
        var page = draws.list(new DrawQueries.ListDraws(planId, taskId, state, departmentId, after, limit), actor);
        return new DrawPageResponse(page.draws().stream().map(DrawResponse::of).toList(), page.nextAfter());
    }

    /** One keyset page of draws; pass {@code nextAfter} as {@code after} for the next page (null when not full). */
    record DrawPageResponse(List<DrawResponse> draws, String nextAfter) {
    }

    @Operation(summary = "逾期未确认的下派",
            description = "列出超过确认期限仍未确认的下派（按 after 游标分页，limit 最多 500）。")
    @GetMapping("/dispatches/overdue")
    List<DrawResponse> overdue(@RequestParam(required = false) String after,
                               @RequestParam(defaultValue = "50") int limit,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               java.time.LocalDate asOf, Actor actor) {
        return draws.overdueDispatches(asOf, after, Math.max(1, Math.min(limit, 500)), actor).stream().map(DrawResponse::of)
                .toList();
    }

    @Operation(summary = "查看抽取",
            description = "抽取的承诺、状态、结果、递补与更换记录、下派情况。")
    @GetMapping("/{id}")
    DrawResponse get(@PathVariable String id, Actor actor) {
        return DrawResponse.of(draws.get(id, actor));
    }

    @Operation(summary = "抽取日志",
            description = "该抽取的哈希链日志条目（承诺、随机源、见证、执行、递补……）。")
    @GetMapping("/{id}/log")
    List<LogEntryResponse> log(@PathVariable String id, Actor actor) {
        return draws.log(id, actor).stream().map(LogEntryResponse::of).toList();
    }

    @Operation(summary = "抽取结果表单",
            description = "按部门整理的检查对象与执法检查人员名单（检查任务单）。")
    @GetMapping("/{id}/forms")
    List<DrawOutcome.Form> forms(@PathVariable String id, Actor actor) {
        return draws.get(id, actor).forms();
    }

    @Operation(summary = "下载核验包",
            description = "抽取的完整核验包（JSON）：承诺、快照、随机源、信标签名与结果，可用离线核验工具独立复算。")
    @GetMapping(value = "/{id}/bundle", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<StreamingResponseBody> bundle(@PathVariable String id, Actor actor) {
        // built (and access checked) before the answer starts, then written straight to the response: a 10^7 bundle is
        // ~1 GB of JSON, and holding it as a string and again as bytes ran a 6 GB heap out of memory
        Bundle bundle = draws.bundle(id, actor);
        StreamingResponseBody body = out -> BundleCodec.write(bundle, out);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-bundle.json\"")
                .body(body);
    }

    @Operation(summary = "演示信标签名",
            description = "演示信标（ssj-demo，仅在启用演示模式时）某一轮次的签名；仅供演示，不是公开可验证的随机源。轮次从 1 开始。")
    @GetMapping("/demo-beacon/{round}")
    Map<String, Object> demoBeacon(@PathVariable @jakarta.validation.constraints.Positive(
            message = "信标轮次从 1 开始") long round, Actor actor) {
        actor.require(Role.values());
        return Map.of("network", "ssj-demo", "round", round, "signature", draws.demoSignature(round),
                "warning", DrawResponse.DEMO_WARNING);
    }

    @Operation(summary = "抽取服务所知的已批准计划",
            description = "抽取服务从计划服务的事件中保存的已批准计划。")
    @GetMapping("/plans/{planId}")
    ApprovedPlan plan(@PathVariable String planId, Actor actor) {
        actor.require(Role.values());
        return readModels.plan(planId).orElseThrow(() -> DomainProblem.notFound("DRAW_PLAN_UNKNOWN", "计划", planId));
    }

    @Operation(summary = "已确认的快照",
            description = "某部门某类（检查对象或执法人员）已确认的名录快照，供承诺抽取时选用。")
    @GetMapping("/snapshots")
    List<ConfirmedSnapshot> snapshots(@RequestParam String kind, @RequestParam String departmentId, Actor actor) {
        actor.require(Role.values());
        return readModels.snapshotsOf(kind, departmentId);
    }

    /** Commands validate in their constructors; a refusal there is a 400 problem. */
    private static <T> T command(Supplier<T> build) {
        try {
            return build.get();
        } catch (cn.shuangsuiji.platform.error.InvalidField e) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "DRAW_REQUEST_INVALID", "请求无效",
                    "字段 " + e.field() + " " + e.getMessage(), List.of(e.toFieldProblem()));
        } catch (IllegalArgumentException e) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "DRAW_REQUEST_INVALID", "请求无效", "请求内容不符合要求");
        }
    }

    /** One hash-chained log entry. */
    record LogEntryResponse(long seq, String kind, String at, String actor, Map<String, String> fields,
                            String prevHash, String hash) {
        static LogEntryResponse of(LogEntry e) {
            return new LogEntryResponse(e.seq(), e.kind().name(), e.at(), e.actor(), e.fields(), e.prevHash().hex(),
                    e.hash().hex());
        }
    }
}
