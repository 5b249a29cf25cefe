package cn.shuangsuiji.registry.adapter.in.web;

import static cn.shuangsuiji.registry.adapter.in.web.RegistryWebSupport.caller;
import static cn.shuangsuiji.registry.adapter.in.web.RegistryWebSupport.etag;
import static cn.shuangsuiji.registry.adapter.in.web.RegistryWebSupport.expectedVersion;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.application.port.in.EntityQuery;
import cn.shuangsuiji.registry.application.port.in.EntityUseCases;
import cn.shuangsuiji.registry.application.port.in.ExportUseCases;
import cn.shuangsuiji.registry.application.port.in.Page;
import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.privacy.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 检查对象名录库 — the entity registry. */
@RestController
@RequestMapping("/api/registry/entities")
@Tag(name = "entities", description = "检查对象名录库")
class EntityController {

    private final EntityUseCases entities;
    private final ExportUseCases exports;

    EntityController(EntityUseCases entities, ExportUseCases exports) {
        this.entities = entities;
        this.exports = exports;
    }

    @PostMapping
    @Operation(summary = "登记检查对象")
    ResponseEntity<EntityResponse> register(@RequestBody EntityRequest request, HttpServletRequest http) {
        Caller caller = caller(http);
        RegulatedEntity entity = entities.register(request.toDetails(), caller);
        return ResponseEntity.created(URI.create("/api/registry/entities/" + entity.id().value()))
                .eTag(etag(entity.version())).body(EntityResponse.of(entity, caller));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看检查对象")
    ResponseEntity<EntityResponse> get(@PathVariable String id, HttpServletRequest http) {
        RegulatedEntity entity = entities.get(new EntityId(id));
        return ResponseEntity.ok().eTag(etag(entity.version())).body(EntityResponse.of(entity, caller(http)));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改检查对象（需 If-Match）")
    ResponseEntity<EntityResponse> revise(@PathVariable String id, @RequestBody EntityRequest request,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          HttpServletRequest http) {
        long expected = expectedVersion(ifMatch);
        Caller caller = caller(http);
        RegulatedEntity entity = entities.revise(new EntityId(id), expected, request.toDetails(), caller);
        return ResponseEntity.ok().eTag(etag(entity.version())).body(EntityResponse.of(entity, caller));
    }

    @PostMapping("/{id}/deregistration")
    @Operation(summary = "注销或吊销检查对象（需 If-Match）")
    ResponseEntity<EntityResponse> deregister(@PathVariable String id,
                                              @Valid @RequestBody DeregisterEntityRequest request,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch, HttpServletRequest http) {
        long expected = expectedVersion(ifMatch);
        Caller caller = caller(http);
        RegulatedEntity entity = entities.deregister(new EntityId(id), expected, request.status(), request.reason(),
                caller);
        return ResponseEntity.ok().eTag(etag(entity.version())).body(EntityResponse.of(entity, caller));
    }

    @GetMapping
    @Operation(summary = "检查对象列表（游标分页、筛选、按名称或统一社会信用代码前缀搜索）")
    PageResponse<EntityResponse> list(@RequestParam(required = false) String after,
                                      @RequestParam(defaultValue = "50") int limit,
                                      @RequestParam(required = false) String regionCode,
                                      @RequestParam(required = false) String industry,
                                      @RequestParam(required = false) ObjectType objectType,
                                      @RequestParam(required = false) CreditClass creditClass,
                                      @RequestParam(required = false) String tag,
                                      @RequestParam(required = false) EntityStatus status,
                                      @RequestParam(required = false) String departmentId,
                                      @RequestParam(required = false) String name,
                                      @RequestParam(required = false) String usccPrefix,
                                      HttpServletRequest http) {
        Caller caller = caller(http);
        Page<RegulatedEntity> page = entities.list(new EntityQuery(after, limit, regionCode, industry, objectType,
                creditClass, tag, status, departmentId, name, usccPrefix));
        return new PageResponse<>(page.items().stream().map(e -> EntityResponse.of(e, caller)).toList(), page.next());
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "检查对象变更历史")
    List<HistoryResponse> history(@PathVariable String id, HttpServletRequest http) {
        RegulatedEntity entity = entities.get(new EntityId(id));
        boolean open = caller(http).mayReadPersonalDataOf(entity.details().supervisionScopes());
        return entities.history(entity.id()).stream().map(h -> HistoryResponse.of(h, open)).toList();
    }

    @GetMapping("/export")
    @Operation(summary = "导出检查对象（CSV 或 XLSX，流式）")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
                                                 @RequestParam(required = false) String regionCode,
                                                 @RequestParam(required = false) String departmentId,
                                                 @RequestParam(required = false) EntityStatus status,
                                                 HttpServletRequest http) {
        FileFormat fileFormat = FileFormat.parse(format);
        if (fileFormat == null) {
            throw DomainProblem.invalid("EXPORT_FORMAT", "导出格式只能是 csv 或 xlsx",
                    List.of(new FieldProblem("format", "ENUM_VALUE", "只能是 csv 或 xlsx")));
        }
        Caller caller = caller(http);
        EntityQuery query = new EntityQuery(null, EntityQuery.MAX_LIMIT, regionCode, null, null, null, null, status,
                departmentId, null, null);
        StreamingResponseBody body = out -> exports.exportEntities(query, fileFormat, caller, out);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"entities." + format.toLowerCase()
                        + "\"")
                .contentType(fileFormat == FileFormat.CSV ? new MediaType("text", "csv")
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }
}
