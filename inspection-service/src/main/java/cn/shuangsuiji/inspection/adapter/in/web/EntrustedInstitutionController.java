package cn.shuangsuiji.inspection.adapter.in.web;

import cn.shuangsuiji.inspection.application.port.out.IdempotencyKeys.StoredResponse;
import cn.shuangsuiji.inspection.application.usecase.EntrustInstitution;
import cn.shuangsuiji.inspection.application.usecase.IdempotentWrites;
import cn.shuangsuiji.inspection.application.usecase.PartCommand;
import cn.shuangsuiji.inspection.application.usecase.SavedRecord;
import cn.shuangsuiji.inspection.application.usecase.ViewRecord;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 委托专业机构 — {@code POST /api/inspections/{id}/parts/{departmentId}/entrusted-institutions} (S1 19). */
@RestController
@Tag(name = "inspections", description = "检查记录")
@RequestMapping("/api/inspections")
class EntrustedInstitutionController {

    private final EntrustInstitution entrust;
    private final ViewRecord view;
    private final WriteSupport writes;

    EntrustedInstitutionController(EntrustInstitution entrust, ViewRecord view, WriteSupport writes) {
        this.entrust = entrust;
        this.view = view;
        this.writes = writes;
    }

    @Operation(summary = "记录委托专业机构（审计、验资、评估、检验检测）",
            description = "本部门执法检查人员记录委托的专业机构、委托事项和机构报告（报告须先作为检查材料上传）；记入审计和记录历史。")
    @PostMapping(path = "/{id}/parts/{departmentId}/entrusted-institutions", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> entrust(@PathVariable String id, @PathVariable String departmentId,
                                   @RequestBody EntrustInstitution.Input body, Actor actor, HttpServletRequest request,
                                   @RequestHeader("Idempotency-Key") String key,
                                   @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        IdempotentWrites.Outcome outcome = writes.run(request, actor, key, body, () -> {
            SavedRecord saved = entrust.execute(new PartCommand<>(new InspectionId(id), departmentId,
                    WriteSupport.version(ifMatch), actor, body));
            return new StoredResponse(null, 200, writes.json(RecordView.of(saved.record(), saved.version(),
                    view.definitions(saved.record()))), WriteSupport.etag(saved.version()));
        });
        return WriteSupport.respond(outcome);
    }
}
