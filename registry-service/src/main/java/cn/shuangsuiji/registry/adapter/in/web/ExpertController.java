package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.registry.application.port.in.ExpertQuery;
import cn.shuangsuiji.registry.application.port.in.ExpertUseCases;
import cn.shuangsuiji.registry.application.port.in.RegisterExpertCommand;
import cn.shuangsuiji.registry.application.port.in.UpdateExpertCommand;
import cn.shuangsuiji.registry.domain.expert.DeclaredRelation;
import cn.shuangsuiji.registry.domain.expert.Expert;
import cn.shuangsuiji.registry.domain.expert.ExpertId;
import cn.shuangsuiji.registry.domain.expert.ExpertViewer;
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
 * 专家库 — the expert library. Caller department and role come in {@code X-Department-Id} and {@code X-Role}
 * (set by the gateway); only {@code X-Role: ADMIN} of the expert's department sees phone and relations in clear.
 */
@RestController
@RequestMapping("/api/registry/experts")
@Tag(name = "experts", description = "专家库")
class ExpertController {

    static final String ROLE_HEADER = "X-Role";
    static final String DEPARTMENT_HEADER = "X-Department-Id";

    private final ExpertUseCases experts;

    ExpertController(ExpertUseCases experts) {
        this.experts = experts;
    }

    @PostMapping
    @Operation(summary = "登记专家")
    ResponseEntity<ExpertResponse> register(@Valid @RequestBody ExpertRequest request,
                                            @RequestHeader(name = ROLE_HEADER, required = false) String role,
                                            @RequestHeader(name = DEPARTMENT_HEADER, required = false) String dept) {
        if (request.id() == null || request.departmentId() == null) {
            throw DomainProblem.invalid("EXPERT_ID_REQUIRED", "登记专家须提供专家标识和所属部门",
                    List.of(new FieldProblem(request.id() == null ? "id" : "departmentId", "REQUIRED", "必填")));
        }
        ExpertViewer viewer = viewer(role, dept);
        Expert expert = experts.register(new RegisterExpertCommand(new ExpertId(request.id()), request.name(),
                request.organisation(), ItemController.departmentId(request.departmentId()), request.specialties(),
                tags(request), Optional.ofNullable(request.phone()), relations(request)), viewer);
        return ResponseEntity.created(URI.create("/api/registry/experts/" + expert.id().value()))
                .eTag("\"" + expert.revision() + "\"").body(toResponse(expert, viewer, true));
    }

    @PutMapping("/{id}")
    @Operation(summary = "修改专家信息（仅所属部门管理员）")
    ResponseEntity<ExpertResponse> update(@PathVariable String id, @Valid @RequestBody ExpertRequest request,
                                          @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                          @RequestHeader(name = ROLE_HEADER, required = false) String role,
                                          @RequestHeader(name = DEPARTMENT_HEADER, required = false) String dept) {
        ExpertViewer viewer = viewer(role, dept);
        Expert expert = experts.update(new UpdateExpertCommand(expertId(id), request.name(), request.organisation(),
                request.specialties(), tags(request), Optional.ofNullable(request.phone()), relations(request),
                ItemController.revision(ifMatch)), viewer);
        return ResponseEntity.ok().eTag("\"" + expert.revision() + "\"").body(toResponse(expert, viewer, true));
    }

    @GetMapping("/{id}")
    @Operation(summary = "查看专家（个人信息按调用者权限脱敏）")
    ResponseEntity<ExpertResponse> get(@PathVariable String id,
                                       @RequestHeader(name = ROLE_HEADER, required = false) String role,
                                       @RequestHeader(name = DEPARTMENT_HEADER, required = false) String dept) {
        ExpertViewer viewer = viewer(role, dept);
        Expert expert = experts.get(expertId(id), viewer);
        return ResponseEntity.ok().eTag("\"" + expert.revision() + "\"").body(toResponse(expert, viewer, true));
    }

    @GetMapping
    @Operation(summary = "专家列表（游标分页，不含申报关系）")
    List<ExpertResponse> list(@RequestParam(required = false) String departmentId,
                              @RequestParam(required = false) String specialty,
                              @RequestParam(required = false) String tag,
                              @RequestParam(required = false) String after,
                              @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 500) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "PAGE_LIMIT_INVALID", "分页参数错误", "limit 应为 1 至 500");
        }
        return experts.list(new ExpertQuery(Optional.ofNullable(departmentId).map(ItemController::departmentId),
                        Optional.ofNullable(specialty), Optional.ofNullable(tag).map(TagCode::new),
                        Optional.ofNullable(after).map(ExpertController::expertId), limit))
                .stream().map(e -> toResponse(e, ExpertViewer.anonymous(), false)).toList();
    }

    static ExpertViewer viewer(String role, String department) {
        return new ExpertViewer(Optional.ofNullable(department).filter(d -> d.matches("[A-Za-z0-9_-]{1,64}"))
                .map(ItemController::departmentId), "ADMIN".equalsIgnoreCase(role == null ? "" : role.strip()));
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

    private static ExpertResponse toResponse(Expert e, ExpertViewer viewer, boolean detail) {
        List<ExpertResponse.Relation> relations = !detail ? null : e.relations().stream()
                .map(r -> new ExpertResponse.Relation(r.kind().name(), r.kind().chineseName(),
                        r.personName().orElse(null), r.idNumber().orElse(null), r.organisationName().orElse(null),
                        r.uscc().orElse(null), r.note().orElse(null))).toList();
        return new ExpertResponse(e.id().value(), e.name(), e.organisation(), e.department().value(), e.specialties(),
                e.tags().stream().map(TagCode::value).sorted().toList(), e.phone().orElse(null), relations,
                e.personalDataVisibleTo(viewer), e.registeredAt(), e.revision());
    }
}
