package cn.shuangsuiji.draw.adapter.in.web;

import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.AbandonDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.AddWitnessUseCase;
import cn.shuangsuiji.draw.application.port.in.CommitDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.ConfirmDispatchUseCase;
import cn.shuangsuiji.draw.application.port.in.ConfirmDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.DispatchDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.DrawQueries;
import cn.shuangsuiji.draw.application.port.in.ExecuteDrawUseCase;
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
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import jakarta.validation.Valid;
import java.net.URI;
import java.nio.charset.StandardCharsets;
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

/**
 * 抽取 API — {@code /api/draws}. The caller is the verified token's {@link Actor}; the use cases check it against
 * the rights table (README) and record its subject in the hash-chained log and the audit trail.
 */
@RestController
@RequestMapping("/api/draws")
class DrawController {

    private final CommitDrawUseCase commit;
    private final RevealSecretUseCase reveal;
    private final ExecuteDrawUseCase execute;
    private final AbandonDrawUseCase abandon;
    private final SubstituteTargetUseCase substitute;
    private final ReplaceInspectorUseCase replace;
    private final AddWitnessUseCase addWitness;
    private final ConfirmDrawUseCase confirm;
    private final DispatchDrawUseCase dispatch;
    private final ConfirmDispatchUseCase confirmDispatch;
    private final DrawQueries draws;
    private final ReadModelUseCases readModels;

    DrawController(CommitDrawUseCase commit, RevealSecretUseCase reveal, ExecuteDrawUseCase execute,
                   AbandonDrawUseCase abandon, SubstituteTargetUseCase substitute, ReplaceInspectorUseCase replace,
                   AddWitnessUseCase addWitness, ConfirmDrawUseCase confirm, DispatchDrawUseCase dispatch,
                   ConfirmDispatchUseCase confirmDispatch, DrawQueries draws, ReadModelUseCases readModels) {
        this.commit = commit;
        this.reveal = reveal;
        this.execute = execute;
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

    @PostMapping
    ResponseEntity<DrawResponse> commit(@Valid @RequestBody DrawRequests.Commit r, Actor actor) {
        var draw = commit.commit(command(() -> new DrawCommands.Commit(r.planId(), r.taskId(), r.beaconNetwork(),
                r.beaconRound(), r.targetSnapshotIds(), r.inspectorSnapshotIds(),
                r.sources() == null ? List.of() : r.sources().stream()
                        .map(s -> new DrawCommands.Source(s.name(), s.description(), s.format())).toList(),
                r.witnessCommitments() == null ? List.of() : r.witnessCommitments().stream()
                        .map(w -> new DrawCommands.WitnessCommitment(w.witness(), w.commitment())).toList(), actor)));
        return ResponseEntity.created(URI.create("/api/draws/" + draw.id().value())).body(DrawResponse.of(draw));
    }

    @PostMapping("/{id}/execute")
    DrawResponse execute(@PathVariable String id, @Valid @RequestBody DrawRequests.Execute r, Actor actor) {
        if (r.round() != null) {
            var current = draws.get(id, actor).draw().header();
            if (r.round() != current.beaconRound()) {
                throw new DomainProblem(ProblemKind.INVALID, "DRAW_BEACON_INVALID", "信标轮次不符",
                        "提交的是第 " + r.round() + " 轮的签名，承诺的轮次是 " + current.beaconRound());
            }
        }
        return DrawResponse.of(execute.execute(command(() -> new DrawCommands.Execute(id, r.signature(),
                r.sourceValues(), r.witnessReveals(), actor))));
    }

    @PostMapping("/{id}/reveals")
    DrawResponse reveal(@PathVariable String id, @Valid @RequestBody DrawRequests.Reveal r, Actor actor) {
        return DrawResponse.of(reveal.reveal(new DrawCommands.Reveal(id, r.reveal(), actor)));
    }

    @PostMapping("/{id}/abandon")
    DrawResponse abandon(@PathVariable String id, @Valid @RequestBody DrawRequests.Abandon r, Actor actor) {
        return DrawResponse.of(abandon.abandon(new DrawCommands.Abandon(id, r.reason(), actor)));
    }

    @PostMapping("/{id}/substitutions")
    DrawResponse substitute(@PathVariable String id, @Valid @RequestBody DrawRequests.Substitute r, Actor actor) {
        return DrawResponse.of(substitute.substitute(new DrawCommands.Substitute(id, r.targetId(), r.reason(), r.evidence(),
                actor)));
    }

    @PostMapping("/{id}/replacements")
    DrawResponse replace(@PathVariable String id, @Valid @RequestBody DrawRequests.Replace r, Actor actor) {
        return DrawResponse.of(replace.replace(new DrawCommands.Replace(id, r.targetId(), r.inspectorId(), r.reason(),
                r.replacementInspectorId(), actor)));
    }

    @PostMapping("/{id}/witnesses")
    DrawResponse witness(@PathVariable String id, @Valid @RequestBody DrawRequests.Witness r, Actor actor) {
        return DrawResponse.of(addWitness.addWitness(new DrawCommands.AddWitness(id, r.name(), r.role(), r.organisation(),
                actor)));
    }

    @PostMapping("/{id}/confirmations")
    DrawResponse confirm(@PathVariable String id, @Valid @RequestBody DrawRequests.Confirm r, Actor actor) {
        confirm.confirm(new DrawCommands.Confirm(id, r.role(), actor));
        return DrawResponse.of(draws.get(id, actor));
    }

    @PostMapping("/{id}/dispatches")
    DrawResponse dispatch(@PathVariable String id, @Valid @RequestBody DrawRequests.Dispatch r, Actor actor) {
        return DrawResponse.of(dispatch.dispatch(new DrawCommands.DispatchTo(id, r.departmentIds(), r.note(), actor)));
    }

    @PostMapping("/{id}/dispatches/{departmentId}/confirm")
    DrawResponse confirmDispatch(@PathVariable String id, @PathVariable String departmentId,
                                 Actor actor) {
        return DrawResponse.of(confirmDispatch.confirmDispatch(new DrawCommands.ConfirmDispatch(id, departmentId, actor)));
    }

    /**
     * 抽取列表 — {@code GET /api/draws?planId=&taskId=&state=&departmentId=&after=&limit=}: the draws the caller may
     * read, by draw id; {@code nextAfter} is the cursor of the next page.
     */
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

    @GetMapping("/dispatches/overdue")
    List<DrawResponse> overdue(@RequestParam(required = false) String after,
                               @RequestParam(defaultValue = "50") int limit,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               java.time.LocalDate asOf, Actor actor) {
        return draws.overdueDispatches(asOf, after, Math.max(1, Math.min(limit, 500)), actor).stream().map(DrawResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    DrawResponse get(@PathVariable String id, Actor actor) {
        return DrawResponse.of(draws.get(id, actor));
    }

    @GetMapping("/{id}/log")
    List<LogEntryResponse> log(@PathVariable String id, Actor actor) {
        return draws.log(id, actor).stream().map(LogEntryResponse::of).toList();
    }

    @GetMapping("/{id}/forms")
    List<DrawOutcome.Form> forms(@PathVariable String id, Actor actor) {
        return draws.get(id, actor).forms();
    }

    @GetMapping(value = "/{id}/bundle", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> bundle(@PathVariable String id, Actor actor) {
        byte[] json = BundleCodec.toJson(draws.bundle(id, actor)).getBytes(StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-bundle.json\"")
                .body(json);
    }

    @GetMapping("/demo-beacon/{round}")
    Map<String, Object> demoBeacon(@PathVariable long round, Actor actor) {
        actor.require(Role.values());
        return Map.of("network", "ssj-demo", "round", round, "signature", draws.demoSignature(round),
                "warning", DrawResponse.DEMO_WARNING);
    }

    @GetMapping("/plans/{planId}")
    ApprovedPlan plan(@PathVariable String planId, Actor actor) {
        actor.require(Role.values());
        return readModels.plan(planId).orElseThrow(() -> DomainProblem.notFound("DRAW_PLAN_UNKNOWN", "计划", planId));
    }

    @GetMapping("/snapshots")
    List<ConfirmedSnapshot> snapshots(@RequestParam String kind, @RequestParam String departmentId, Actor actor) {
        actor.require(Role.values());
        return readModels.snapshotsOf(kind, departmentId);
    }

    /** Commands validate in their constructors; a refusal there is a 400 problem. */
    private static <T> T command(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "DRAW_REQUEST_INVALID", "请求无效", e.getMessage());
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
