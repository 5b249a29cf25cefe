package cn.shuangsuiji.inspection.adapter.in.web;

import cn.shuangsuiji.inspection.application.port.out.IdempotencyKeys.StoredResponse;
import cn.shuangsuiji.inspection.application.usecase.CloseRecord;
import cn.shuangsuiji.inspection.application.usecase.CorrectionInput;
import cn.shuangsuiji.inspection.application.usecase.DirectResult;
import cn.shuangsuiji.inspection.application.usecase.FollowUpInput;
import cn.shuangsuiji.inspection.application.usecase.IdempotentWrites;
import cn.shuangsuiji.inspection.application.usecase.ListMyTasks;
import cn.shuangsuiji.inspection.application.usecase.PartCommand;
import cn.shuangsuiji.inspection.application.usecase.ProposeCorrection;
import cn.shuangsuiji.inspection.application.usecase.RecordFollowUp;
import cn.shuangsuiji.inspection.application.usecase.RecordNonCooperation;
import cn.shuangsuiji.inspection.application.usecase.RecordNotice;
import cn.shuangsuiji.inspection.application.usecase.RecordOnSiteCheck;
import cn.shuangsuiji.inspection.application.usecase.RecordPreCheck;
import cn.shuangsuiji.inspection.application.usecase.RecordUnreachable;
import cn.shuangsuiji.inspection.application.usecase.RejectCorrection;
import cn.shuangsuiji.inspection.application.usecase.SaveResultDraft;
import cn.shuangsuiji.inspection.application.usecase.SavedRecord;
import cn.shuangsuiji.inspection.application.usecase.SignOffCorrection;
import cn.shuangsuiji.inspection.application.usecase.SubmitResult;
import cn.shuangsuiji.inspection.application.usecase.ViewRecord;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.Notice;
import cn.shuangsuiji.inspection.domain.record.OnSiteCheck;
import cn.shuangsuiji.inspection.domain.record.ResultForm;
import cn.shuangsuiji.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 检查实施与结果录入 — the joint records: read, "my tasks", and every step of a department's part. Every write needs
 * an {@code Idempotency-Key} (applied once; the same key with another body is refused) and may carry
 * {@code If-Match} with the record's ETag.
 */
@RestController
@RequestMapping("/api/inspections")
@Tag(name = "inspections", description = "检查记录（一企一表）与结果录入")
class InspectionController {

    private final ViewRecord view;
    private final ListMyTasks myTasks;
    private final WriteSupport writes;
    private final RecordPreCheck preCheck;
    private final RecordNotice notice;
    private final RecordOnSiteCheck onSite;
    private final SaveResultDraft draft;
    private final SubmitResult submit;
    private final RecordNonCooperation nonCooperation;
    private final RecordUnreachable unreachable;
    private final ProposeCorrection propose;
    private final SignOffCorrection signOff;
    private final RejectCorrection reject;
    private final RecordFollowUp followUp;
    private final CloseRecord close;

    InspectionController(ViewRecord view, ListMyTasks myTasks, WriteSupport writes, RecordPreCheck preCheck,
                         RecordNotice notice, RecordOnSiteCheck onSite, SaveResultDraft draft, SubmitResult submit,
                         RecordNonCooperation nonCooperation, RecordUnreachable unreachable,
                         ProposeCorrection propose, SignOffCorrection signOff, RejectCorrection reject,
                         RecordFollowUp followUp, CloseRecord close) {
        this.view = view;
        this.myTasks = myTasks;
        this.writes = writes;
        this.preCheck = preCheck;
        this.notice = notice;
        this.onSite = onSite;
        this.draft = draft;
        this.submit = submit;
        this.nonCooperation = nonCooperation;
        this.unreachable = unreachable;
        this.propose = propose;
        this.signOff = signOff;
        this.reject = reject;
        this.followUp = followUp;
        this.close = close;
    }

    @Operation(summary = "查看联合检查记录（含各部门事项、期限、版本与履历；ETag）")
    @GetMapping("/{id}")
    ResponseEntity<RecordView> get(@PathVariable String id, Actor actor) {
        InspectionRecord record = view.execute(new InspectionId(id), actor);
        return ResponseEntity.ok().eTag(WriteSupport.etag(record.version()))
                .body(RecordView.of(record, record.version(), view.definitions(record)));
    }

    @Operation(summary = "我的检查任务（执法检查人员）")
    @GetMapping("/my-tasks")
    List<TaskSummary> myTasks(@RequestParam(defaultValue = "100") int limit, Actor actor) {
        return myTasks.execute(actor, limit).stream().map(TaskSummary::of).toList();
    }

    /** 预查比对. */
    record PreCheckBody(String notes) {
    }

    /** 退回更正. */
    record ReasonBody(String reason) {
    }

    @Operation(summary = "记录预查比对")
    @PostMapping(path = "/{id}/parts/{departmentId}/pre-check", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> preCheck(@PathVariable String id, @PathVariable String departmentId,
                                    @RequestBody PreCheckBody body, Actor actor, HttpServletRequest request,
                                    @RequestHeader("Idempotency-Key") String key,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return part(request, actor, key, body, () -> preCheck.execute(command(id, departmentId, ifMatch, actor,
                body.notes())));
    }

    @Operation(summary = "记录告知（时间、方式）或不予告知及理由")
    @PostMapping(path = "/{id}/parts/{departmentId}/notice", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> notice(@PathVariable String id, @PathVariable String departmentId,
                                  @RequestBody Notice body, Actor actor, HttpServletRequest request,
                                  @RequestHeader("Idempotency-Key") String key,
                                  @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return part(request, actor, key, body, () -> notice.execute(command(id, departmentId, ifMatch, actor, body)));
    }

    @Operation(summary = "记录实地检查（日期、在场执法人员、出示证件）")
    @PostMapping(path = "/{id}/parts/{departmentId}/on-site-check", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> onSite(@PathVariable String id, @PathVariable String departmentId,
                                  @RequestBody OnSiteCheck body, Actor actor, HttpServletRequest request,
                                  @RequestHeader("Idempotency-Key") String key,
                                  @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return part(request, actor, key, body, () -> onSite.execute(command(id, departmentId, ifMatch, actor, body)));
    }

    @Operation(summary = "暂存检查结果（各事项、子项结果，结果类别，处置措施，签字情况）")
    @PutMapping(path = "/{id}/parts/{departmentId}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> draft(@PathVariable String id, @PathVariable String departmentId,
                                 @RequestBody ResultForm body, Actor actor, HttpServletRequest request,
                                 @RequestHeader("Idempotency-Key") String key,
                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return part(request, actor, key, body, () -> draft.execute(command(id, departmentId, ifMatch, actor, body)));
    }

    @Operation(summary = "提交检查结果（须完整）；请求体可带结果表单（同暂存），暂存并提交一次完成")
    @PostMapping(path = "/{id}/parts/{departmentId}/submit", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> submit(@PathVariable String id, @PathVariable String departmentId,
                                  @RequestBody(required = false) ResultForm body, Actor actor,
                                  HttpServletRequest request, @RequestHeader("Idempotency-Key") String key,
                                  @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        // no body or {}: submits the stored draft, hashed as before ({}), so a retried key of an older client still
        // matches; a form: kept as the draft and submitted at once
        ResultForm form = body == null || body.isEmpty() ? null : body;
        return part(request, actor, key, form == null ? Map.of() : form, () -> submit.execute(command(id,
                departmentId, ifMatch, actor, form)));
    }

    @Operation(summary = "不配合检查（S2 25 五种情形之一，附证据后直接形成结果）")
    @PostMapping(path = "/{id}/parts/{departmentId}/non-cooperation", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> nonCooperation(@PathVariable String id, @PathVariable String departmentId,
                                          @RequestBody DirectResult body, Actor actor, HttpServletRequest request,
                                          @RequestHeader("Idempotency-Key") String key,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return part(request, actor, key, body, () -> nonCooperation.execute(command(id, departmentId, ifMatch, actor,
                body)));
    }

    @Operation(summary = "通过登记的住所（经营场所）无法联系（附证据后直接形成结果）")
    @PostMapping(path = "/{id}/parts/{departmentId}/unreachable", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> unreachable(@PathVariable String id, @PathVariable String departmentId,
                                       @RequestBody DirectResult body, Actor actor, HttpServletRequest request,
                                       @RequestHeader("Idempotency-Key") String key,
                                       @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return part(request, actor, key, body, () -> unreachable.execute(command(id, departmentId, ifMatch, actor,
                body)));
    }

    @Operation(summary = "提出更正（新版本，须负责人签字确认）")
    @PostMapping(path = "/{id}/parts/{departmentId}/corrections", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> propose(@PathVariable String id, @PathVariable String departmentId,
                                   @RequestBody CorrectionInput body, Actor actor, HttpServletRequest request,
                                   @RequestHeader("Idempotency-Key") String key,
                                   @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return part(request, actor, key, body, () -> propose.execute(command(id, departmentId, ifMatch, actor, body)));
    }

    @Operation(summary = "负责人签字确认更正")
    @PostMapping(path = "/{id}/parts/{departmentId}/corrections/sign-off", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> signOff(@PathVariable String id, @PathVariable String departmentId, Actor actor,
                                   HttpServletRequest request, @RequestHeader("Idempotency-Key") String key,
                                   @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return part(request, actor, key, Map.of(), () -> signOff.execute(command(id, departmentId, ifMatch, actor,
                null)));
    }

    @Operation(summary = "负责人退回更正")
    @PostMapping(path = "/{id}/parts/{departmentId}/corrections/reject", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> reject(@PathVariable String id, @PathVariable String departmentId,
                                  @RequestBody ReasonBody body, Actor actor, HttpServletRequest request,
                                  @RequestHeader("Idempotency-Key") String key,
                                  @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return part(request, actor, key, body, () -> reject.execute(command(id, departmentId, ifMatch, actor,
                body.reason())));
    }

    @Operation(summary = "记录后续处置（移送、签收、立案、列入经营异常名录、责令限期改正、复查）")
    @PostMapping(path = "/{id}/parts/{departmentId}/follow-ups", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> followUp(@PathVariable String id, @PathVariable String departmentId,
                                    @RequestBody FollowUpInput body, Actor actor, HttpServletRequest request,
                                    @RequestHeader("Idempotency-Key") String key,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return part(request, actor, key, body, () -> followUp.execute(command(id, departmentId, ifMatch, actor,
                body)));
    }

    @Operation(summary = "牵头部门办结联合检查记录（各部门均已提交）")
    @PostMapping(path = "/{id}/close", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> close(@PathVariable String id, Actor actor, HttpServletRequest request,
                                 @RequestHeader("Idempotency-Key") String key,
                                 @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return part(request, actor, key, Map.of(), () -> close.execute(new InspectionId(id),
                WriteSupport.version(ifMatch), actor));
    }

    private ResponseEntity<String> part(HttpServletRequest request, Actor actor, String key, Object body,
                                        Supplier<SavedRecord> action) {
        IdempotentWrites.Outcome outcome = writes.run(request, actor, key, body, () -> {
            SavedRecord saved = action.get();
            return new StoredResponse(null, 200, writes.json(RecordView.of(saved.record(), saved.version(),
                    view.definitions(saved.record()))), WriteSupport.etag(saved.version()));
        });
        return WriteSupport.respond(outcome);
    }

    private static <T> PartCommand<T> command(String id, String departmentId, String ifMatch, Actor actor, T input) {
        return new PartCommand<>(new InspectionId(id), departmentId, WriteSupport.version(ifMatch), actor, input);
    }
}
