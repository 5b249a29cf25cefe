package cn.shuangsuiji.registry.adapter.in.web;

import static cn.shuangsuiji.registry.adapter.in.web.RegistryWebSupport.etag;
import static cn.shuangsuiji.registry.adapter.in.web.RegistryWebSupport.expectedVersion;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.EntityQuery;
import cn.shuangsuiji.registry.application.port.in.EntityUseCases;
import cn.shuangsuiji.registry.application.port.in.ExportUseCases;
import cn.shuangsuiji.registry.application.port.in.Page;
import cn.shuangsuiji.registry.application.port.in.PersonalDataUseCases;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
import cn.shuangsuiji.registry.domain.entity.PersonalField;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
    private final PersonalDataUseCases personalData;

    EntityController(EntityUseCases entities, ExportUseCases exports, PersonalDataUseCases personalData) {
        this.entities = entities;
        this.exports = exports;
        this.personalData = personalData;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "登记检查对象")
    ResponseEntity<EntityResponse> register(@RequestBody EntityRequest request, Actor actor) {
        RegulatedEntity entity = entities.register(request.toDetails(), actor);
        return ResponseEntity.created(URI.create("/api/registry/entities/" + entity.id().value()))
                .eTag(etag(entity.version())).body(EntityResponse.of(entity, false));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看检查对象")
    ResponseEntity<EntityResponse> get(@PathVariable String id, Actor actor) {
        RegistryRights.requireStaff(actor);
        RegulatedEntity entity = entities.get(new EntityId(id));
        return ResponseEntity.ok().eTag(etag(entity.version())).body(EntityResponse.of(entity, disclose(actor, entity)));
    }

    /** Whether the caller sees the entity's personal data in clear; such a read is logged. */
    private boolean disclose(Actor actor, RegulatedEntity entity) {
        return personalData.disclose(actor, "ENTITY", entity.id().value(), entity.details().supervisionScopes(),
                EntityResponse.PERSONAL_FIELDS);
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改检查对象（需 If-Match；省略或原样回传脱敏的个人信息字段时保留原值）")
    ResponseEntity<EntityResponse> revise(@PathVariable String id, @RequestBody EntityRequest request,
                                          @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                          Actor actor) {
        long expected = expectedVersion(ifMatch);
        RegistryRights.requireStaff(actor);
        RegulatedEntity stored = entities.get(new EntityId(id));
        RegulatedEntity entity = entities.revise(stored.id(), expected,
                request.keepingStoredPersonalData(stored.details()).toDetails(), actor);
        return ResponseEntity.ok().eTag(etag(entity.version())).body(EntityResponse.of(entity, false));
    }

    @DeleteMapping("/{id}/personal/{field}")
    @Operation(summary = "清除一项个人信息（phone、legalRepresentativeIdNumber、holders；需 If-Match，留痕）")
    ResponseEntity<EntityResponse> clearPersonal(@PathVariable String id, @PathVariable String field,
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                                 String ifMatch, Actor actor) {
        RegistryRights.requireStaff(actor);
        PersonalField personal = PersonalField.fromPath(field);
        if (personal == null) {
            throw DomainProblem.invalid("PERSONAL_FIELD_UNKNOWN", "不能清除的字段：" + field,
                    List.of(new FieldProblem("field", "PERSONAL_FIELD_UNKNOWN",
                            "只能是 phone、legalRepresentativeIdNumber 或 holders")));
        }
        long expected = expectedVersion(ifMatch);
        RegulatedEntity entity = entities.clearPersonal(entities.get(new EntityId(id)).id(), expected, personal,
                actor);
        return ResponseEntity.ok().eTag(etag(entity.version())).body(EntityResponse.of(entity, false));
    }

    @PostMapping("/{id}/deregistration")
    @Operation(summary = "注销或吊销检查对象（需 If-Match）")
    ResponseEntity<EntityResponse> deregister(@PathVariable String id,
                                              @Valid @RequestBody DeregisterEntityRequest request,
                                              @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                              String ifMatch, Actor actor) {
        long expected = expectedVersion(ifMatch);
        RegulatedEntity entity = entities.deregister(new EntityId(id), expected, request.status(), request.reason(),
                actor);
        return ResponseEntity.ok().eTag(etag(entity.version())).body(EntityResponse.of(entity, false));
    }

    @GetMapping
    @Operation(summary = "检查对象列表（游标分页、筛选、按名称或统一社会信用代码前缀搜索；个人信息一律脱敏）")
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
                                      Actor actor) {
        RegistryRights.requireStaff(actor);
        Page<RegulatedEntity> page = entities.list(new EntityQuery(after, limit, regionCode, industry, objectType,
                creditClass, tag, status, departmentId, name, usccPrefix));
        return new PageResponse<>(page.items().stream().map(e -> EntityResponse.of(e, false)).toList(), page.next());
    }

    @GetMapping("/{id}/history")
    @Operation(summary = "检查对象变更历史")
    List<HistoryResponse> history(@PathVariable String id, Actor actor) {
        RegistryRights.requireStaff(actor);
        RegulatedEntity entity = entities.get(new EntityId(id));
        boolean open = personalData.disclose(actor, "ENTITY_HISTORY", entity.id().value(),
                entity.details().supervisionScopes(), EntityResponse.PERSONAL_FIELDS);
        return entities.history(entity.id()).stream().map(h -> HistoryResponse.of(h, open)).toList();
    }

    @GetMapping("/export")
    @Operation(summary = "导出检查对象（CSV 或 XLSX，流式）")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(defaultValue = "csv") String format,
                                                 @RequestParam(required = false) String regionCode,
                                                 @RequestParam(required = false) String departmentId,
                                                 @RequestParam(required = false) EntityStatus status,
                                                 Actor actor) {
        FileFormat fileFormat = FileFormat.parse(format);
        if (fileFormat == null) {
            throw DomainProblem.invalid("EXPORT_FORMAT", "导出格式只能是 csv 或 xlsx",
                    List.of(new FieldProblem("format", "ENUM_VALUE", "只能是 csv 或 xlsx")));
        }
        EntityQuery query = new EntityQuery(null, EntityQuery.MAX_LIMIT, regionCode, null, null, null, null, status,
                departmentId, null, null);
        ExportUseCases.Export export = exports.exportEntities(query, fileFormat, actor);
        StreamingResponseBody body = export::writeTo;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"entities." + format.toLowerCase()
                        + "\"")
                .contentType(fileFormat == FileFormat.CSV ? new MediaType("text", "csv")
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }
}
