package cn.shuangsuiji.registry.adapter.in.web;

import static cn.shuangsuiji.registry.adapter.in.web.RegistryWebSupport.etag;
import static cn.shuangsuiji.registry.adapter.in.web.RegistryWebSupport.expectedVersion;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.ExportUseCases;
import cn.shuangsuiji.registry.application.port.in.InspectorQuery;
import cn.shuangsuiji.registry.application.port.in.InspectorUseCases;
import cn.shuangsuiji.registry.application.port.in.Page;
import cn.shuangsuiji.registry.application.port.in.PersonalDataUseCases;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.InspectorId;
import cn.shuangsuiji.registry.domain.inspector.InspectorPersonalField;
import cn.shuangsuiji.registry.domain.inspector.InspectorStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 执法检查人员名录库 — the inspector registry. */
@RestController
@Tag(name = "inspectors", description = "执法检查人员名录库")
class InspectorController {

    private final InspectorUseCases inspectors;
    private final ExportUseCases exports;
    private final PersonalDataUseCases personalData;

    InspectorController(InspectorUseCases inspectors, ExportUseCases exports, PersonalDataUseCases personalData) {
        this.inspectors = inspectors;
        this.exports = exports;
        this.personalData = personalData;
    }

    /** Whether the caller sees the inspector's personal data in clear; such a read is logged. */
    private boolean disclose(Actor actor, String kind, Inspector inspector) {
        return personalData.disclose(actor, kind, inspector.id().value(), Set.of(inspector.details().departmentId()),
                InspectorResponse.PERSONAL_FIELDS);
    }

    @GetMapping("/api/registry/inspectors/export")
    @Operation(summary = "导出执法检查人员（CSV 或 XLSX，流式；电话、身份证号码和利害关系仅对本部门管理员导出）")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
                                                 @RequestParam(required = false) String departmentId,
                                                 Actor actor) {
        FileFormat fileFormat = ExportResponses.format(format);
        String department = ExportResponses.departmentId(departmentId);
        ExportUseCases.Export export = exports.exportInspectors(department, fileFormat, actor);
        return ExportResponses.download("inspectors", fileFormat, export::writeTo);
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping("/api/registry/inspectors")
    @Operation(summary = "登记执法检查人员")
    ResponseEntity<InspectorResponse> register(@RequestBody InspectorRequest request, Actor actor) {
        Inspector inspector = inspectors.register(request.toDetails(), actor);
        return ResponseEntity.created(URI.create("/api/registry/inspectors/" + inspector.id().value()))
                .eTag(etag(inspector.version())).body(InspectorResponse.of(inspector, false,
                        inspectors.relationWarnings(inspector)));
    }

    @GetMapping("/api/registry/inspectors/{id}")
    @Operation(summary = "查看执法检查人员")
    ResponseEntity<InspectorResponse> get(@PathVariable String id, Actor actor) {
        RegistryRights.requireStaff(actor);
        Inspector inspector = inspectors.get(new InspectorId(id));
        boolean open = disclose(actor, "INSPECTOR", inspector);
        return ResponseEntity.ok().eTag(etag(inspector.version()))
                .body(open ? InspectorResponse.of(inspector, true, inspectors.relationWarnings(inspector))
                        : InspectorResponse.of(inspector, false));
    }

    @GetMapping("/api/registry/public/inspectors/{id}")
    @Operation(summary = "执法检查人员公开信息（不含电话、身份证号码和利害关系）")
    PublicInspectorResponse getPublic(@PathVariable String id) {
        return PublicInspectorResponse.of(inspectors.get(new InspectorId(id)));
    }

    @PutMapping("/api/registry/inspectors/{id}")
    @Operation(summary = "修改执法检查人员（需 If-Match；省略或原样回传脱敏的个人信息字段时保留原值）")
    ResponseEntity<InspectorResponse> revise(@PathVariable String id, @RequestBody InspectorRequest request,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch, Actor actor) {
        long expected = expectedVersion(ifMatch);
        RegistryRights.requireStaff(actor);
        Inspector stored = inspectors.get(new InspectorId(id));
        Inspector inspector = inspectors.revise(stored.id(), expected,
                request.keepingStoredPersonalData(stored.details()).toDetails(), actor);
        return ResponseEntity.ok().eTag(etag(inspector.version())).body(InspectorResponse.of(inspector, false,
                inspectors.relationWarnings(inspector)));
    }

    @DeleteMapping("/api/registry/inspectors/{id}/personal/{field}")
    @Operation(summary = "清除一项个人信息（phone、idNumber、relations；需 If-Match，留痕）")
    ResponseEntity<InspectorResponse> clearPersonal(@PathVariable String id, @PathVariable String field,
                                                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                    String ifMatch, Actor actor) {
        RegistryRights.requireStaff(actor);
        InspectorPersonalField personal = InspectorPersonalField.fromPath(field);
        if (personal == null) {
            throw DomainProblem.invalid("PERSONAL_FIELD_UNKNOWN", "不能清除的字段：" + field,
                    List.of(new FieldProblem("field", "PERSONAL_FIELD_UNKNOWN", "只能是 phone、idNumber 或 relations")));
        }
        long expected = expectedVersion(ifMatch);
        Inspector inspector = inspectors.clearPersonal(new InspectorId(id), expected, personal, actor);
        return ResponseEntity.ok().eTag(etag(inspector.version())).body(InspectorResponse.of(inspector, false));
    }

    @GetMapping("/api/registry/inspectors")
    @Operation(summary = "执法检查人员列表（游标分页、筛选）")
    PageResponse<InspectorResponse> list(@RequestParam(required = false) String after,
                                         @RequestParam(defaultValue = "50") int limit,
                                         @RequestParam(required = false) String departmentId,
                                         @RequestParam(required = false) String regionCode,
                                         @RequestParam(required = false) InspectorStatus status,
                                         @RequestParam(required = false) String tag,
                                         @RequestParam(required = false) String name,
                                         Actor actor) {
        RegistryRights.requireStaff(actor);
        Page<Inspector> page = inspectors.list(new InspectorQuery(after, limit, departmentId, regionCode, status, tag,
                name));
        return new PageResponse<>(page.items().stream().map(i -> InspectorResponse.of(i, false)).toList(),
                page.next());
    }

    @GetMapping("/api/registry/inspectors/{id}/history")
    @Operation(summary = "执法检查人员变更历史")
    List<HistoryResponse> history(@PathVariable String id, Actor actor) {
        RegistryRights.requireStaff(actor);
        Inspector inspector = inspectors.get(new InspectorId(id));
        boolean open = disclose(actor, "INSPECTOR_HISTORY", inspector);
        return inspectors.history(inspector.id()).stream().map(h -> HistoryResponse.of(h, open)).toList();
    }
}
