package cn.shuangsuiji.registry.adapter.in.web;

import static cn.shuangsuiji.registry.adapter.in.web.RegistryWebSupport.caller;
import static cn.shuangsuiji.registry.adapter.in.web.RegistryWebSupport.etag;
import static cn.shuangsuiji.registry.adapter.in.web.RegistryWebSupport.expectedVersion;

import cn.shuangsuiji.registry.application.port.in.ExportUseCases;
import cn.shuangsuiji.registry.application.port.in.InspectorQuery;
import cn.shuangsuiji.registry.application.port.in.InspectorUseCases;
import cn.shuangsuiji.registry.application.port.in.Page;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.InspectorId;
import cn.shuangsuiji.registry.domain.inspector.InspectorStatus;
import cn.shuangsuiji.registry.domain.privacy.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
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

    InspectorController(InspectorUseCases inspectors, ExportUseCases exports) {
        this.inspectors = inspectors;
        this.exports = exports;
    }

    @GetMapping("/api/registry/inspectors/export")
    @Operation(summary = "导出执法检查人员（CSV 或 XLSX，流式；电话、身份证号码和利害关系仅对本部门管理员导出）")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
                                                 @RequestParam(required = false) String departmentId,
                                                 HttpServletRequest http) {
        FileFormat fileFormat = ExportResponses.format(format);
        String department = ExportResponses.departmentId(departmentId);
        Caller caller = caller(http);
        return ExportResponses.download("inspectors", fileFormat,
                out -> exports.exportInspectors(department, fileFormat, caller, out));
    }

    @PostMapping("/api/registry/inspectors")
    @Operation(summary = "登记执法检查人员")
    ResponseEntity<InspectorResponse> register(@RequestBody InspectorRequest request, HttpServletRequest http) {
        Caller caller = caller(http);
        Inspector inspector = inspectors.register(request.toDetails(), caller);
        return ResponseEntity.created(URI.create("/api/registry/inspectors/" + inspector.id().value()))
                .eTag(etag(inspector.version())).body(InspectorResponse.of(inspector, caller));
    }

    @GetMapping("/api/registry/inspectors/{id}")
    @Operation(summary = "查看执法检查人员")
    ResponseEntity<InspectorResponse> get(@PathVariable String id, HttpServletRequest http) {
        Inspector inspector = inspectors.get(new InspectorId(id));
        return ResponseEntity.ok().eTag(etag(inspector.version())).body(InspectorResponse.of(inspector, caller(http)));
    }

    @GetMapping("/api/registry/public/inspectors/{id}")
    @Operation(summary = "执法检查人员公开信息（不含电话、身份证号码和利害关系）")
    PublicInspectorResponse getPublic(@PathVariable String id) {
        return PublicInspectorResponse.of(inspectors.get(new InspectorId(id)));
    }

    @PutMapping("/api/registry/inspectors/{id}")
    @Operation(summary = "修改执法检查人员（需 If-Match）")
    ResponseEntity<InspectorResponse> revise(@PathVariable String id, @RequestBody InspectorRequest request,
                                             @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                             String ifMatch, HttpServletRequest http) {
        long expected = expectedVersion(ifMatch);
        Caller caller = caller(http);
        Inspector inspector = inspectors.revise(new InspectorId(id), expected, request.toDetails(), caller);
        return ResponseEntity.ok().eTag(etag(inspector.version())).body(InspectorResponse.of(inspector, caller));
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
                                         HttpServletRequest http) {
        Caller caller = caller(http);
        Page<Inspector> page = inspectors.list(new InspectorQuery(after, limit, departmentId, regionCode, status, tag,
                name));
        return new PageResponse<>(page.items().stream().map(i -> InspectorResponse.of(i, caller)).toList(),
                page.next());
    }

    @GetMapping("/api/registry/inspectors/{id}/history")
    @Operation(summary = "执法检查人员变更历史")
    List<HistoryResponse> history(@PathVariable String id, HttpServletRequest http) {
        Inspector inspector = inspectors.get(new InspectorId(id));
        boolean open = caller(http).mayReadPersonalDataOf(Set.of(inspector.details().departmentId()));
        return inspectors.history(inspector.id()).stream().map(h -> HistoryResponse.of(h, open)).toList();
    }
}
