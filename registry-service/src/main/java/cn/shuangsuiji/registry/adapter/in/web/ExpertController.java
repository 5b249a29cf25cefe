package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.ExpertQuery;
import cn.shuangsuiji.registry.application.port.in.ExpertUseCases;
import cn.shuangsuiji.registry.application.port.in.RegisterExpertCommand;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.in.UpdateExpertCommand;
import cn.shuangsuiji.registry.domain.expert.DeclaredRelation;
import cn.shuangsuiji.registry.domain.expert.Expert;
import cn.shuangsuiji.registry.domain.expert.ExpertId;
import cn.shuangsuiji.registry.domain.tag.TagCode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

/**
 * 专家库 — the expert library. Only the registry clerk or head of the expert's department sees phone and relations
 * in clear (the read is logged); the clerk manages the department's experts.
 */
@RestController
@RequestMapping("/api/registry/experts")
@Tag(name = "experts", description = "专家库")
class ExpertController {

    private final ExpertUseCases experts;

    ExpertController(ExpertUseCases experts) {
        this.experts = experts;
    }

    @ResponseStatus(HttpStatus.CREATED)
    @PostMapping
    @Operation(summary = "登记专家")
    ResponseEntity<ExpertResponse> register(@Valid @RequestBody ExpertRequest request, Actor actor) {
        RegistryRights.requireStaff(actor);
        if (request.id() == null || request.departmentId() == null) {
            throw DomainProblem.invalid("EXPERT_ID_REQUIRED", "登记专家须提供专家标识和所属部门",
                    List.of(new FieldProblem(request.id() == null ? "id" : "departmentId", "REQUIRED", "必填")));
        }
        Expert expert = experts.register(new RegisterExpertCommand(new ExpertId(request.id()), request.name(),
                request.organisation(), ItemController.departmentId(request.departmentId()), request.specialties(),
                tags(request), Optional.ofNullable(request.phone()), relations(request)), actor);
        return ResponseEntity.created(URI.create("/api/registry/experts/" + expert.id().value()))
                .eTag("\"" + expert.revision() + "\"").body(toResponse(expert, true, false));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改专家信息（仅所属部门名录管理员；省略或原样回传脱敏的电话、利害关系时保留原值）")
    ResponseEntity<ExpertResponse> update(@PathVariable String id, @Valid @RequestBody ExpertRequest request,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          Actor actor) {
        RegistryRights.requireStaff(actor);
        Expert expert = experts.update(new UpdateExpertCommand(expertId(id), request.name(), request.organisation(),
                request.specialties(), tags(request), Optional.ofNullable(request.phone()),
                request.relations() == null ? null : relations(request), ItemController.revision(ifMatch)), actor);
        return ResponseEntity.ok().eTag("\"" + expert.revision() + "\"").body(toResponse(expert, true, false));
    }

    @DeleteMapping("/{id}/personal/{field}")
    @Operation(summary = "清除专家的一项个人信息（phone 或 relations；留痕）")
    ResponseEntity<ExpertResponse> clearPersonal(@PathVariable String id, @PathVariable String field,
                                                 @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                                 Actor actor) {
        RegistryRights.requireStaff(actor);
        Expert expert = experts.clearPersonal(expertId(id), ItemController.revision(ifMatch), field, actor);
        return ResponseEntity.ok().eTag("\"" + expert.revision() + "\"").body(toResponse(expert, true, false));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看专家（个人信息按调用者权限脱敏）")
    ResponseEntity<ExpertResponse> get(@PathVariable String id, Actor actor) {
        Expert expert = experts.get(expertId(id), actor);
        boolean visible = RegistryRights.mayReadPersonalData(actor, List.of(expert.department().value()));
        return ResponseEntity.ok().eTag("\"" + expert.revision() + "\"").body(toResponse(expert, true, visible));
    }

    @GetMapping
    @Operation(summary = "专家列表（游标分页，不含申报关系）")
    List<ExpertResponse> list(@RequestParam(required = false) String departmentId,
                              @RequestParam(required = false) String specialty,
                              @RequestParam(required = false) String tag,
                              @RequestParam(required = false) String after,
                              @RequestParam(defaultValue = "100") int limit, Actor actor) {
        if (limit < 1 || limit > 500) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "PAGE_LIMIT_INVALID", "分页参数错误", "limit 应为 1 至 500");
        }
        return experts.list(new ExpertQuery(Optional.ofNullable(departmentId).map(ItemController::departmentId),
                        Optional.ofNullable(specialty), Optional.ofNullable(tag).map(TagCode::new),
                        Optional.ofNullable(after).map(ExpertController::expertId), limit), actor)
                .stream().map(e -> toResponse(e, false, false)).toList();
    }

    private static ExpertId expertId(String value) {
        try {
            return new ExpertId(value);
        } catch (IllegalArgumentException e) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "EXPERT_ID_INVALID", "专家标识格式错误", e.getMessage());
        }
    }

    private static Set<TagCode> tags(ExpertRequest request) {
        return request.tags() == null ? Set.of()
                : request.tags().stream().map(TagCode::new).collect(Collectors.toSet());
    }

    private static List<DeclaredRelation> relations(ExpertRequest request) {
        return request.relations() == null ? List.of() : request.relations().stream()
                .map(r -> new DeclaredRelation(r.kind(), Optional.ofNullable(r.personName()),
                        Optional.ofNullable(r.idNumber()), Optional.ofNullable(r.organisationName()),
                        Optional.ofNullable(r.uscc()), Optional.ofNullable(r.note()))).toList();
    }

    /**
     * The response of an expert as the use case returned it (already masked unless the caller may read its
     * personal data); {@code detail} adds the (possibly masked) relations.
     */
    private static ExpertResponse toResponse(Expert e, boolean detail, boolean visible) {
        List<ExpertResponse.Relation> relations = !detail ? null : e.relations().stream()
                .map(r -> new ExpertResponse.Relation(r.kind().name(), r.kind().chineseName(),
                        r.personName().orElse(null), r.idNumber().orElse(null), r.organisationName().orElse(null),
                        r.uscc().orElse(null), r.note().orElse(null))).toList();
        return new ExpertResponse(e.id().value(), e.name(), e.organisation(), e.department().value(), e.specialties(),
                e.tags().stream().map(TagCode::value).sorted().toList(), e.phone().orElse(null), relations,
                visible, e.registeredAt(), e.revision());
    }
}
