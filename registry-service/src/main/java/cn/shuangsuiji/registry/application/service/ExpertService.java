package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.ExpertQuery;
import cn.shuangsuiji.registry.application.port.in.ExpertUseCases;
import cn.shuangsuiji.registry.application.port.in.PersonalDataUseCases;
import cn.shuangsuiji.registry.application.port.in.RegisterExpertCommand;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.in.TagUseCases;
import cn.shuangsuiji.registry.application.port.in.UpdateExpertCommand;
import cn.shuangsuiji.registry.application.port.out.ExpertRepository;
import cn.shuangsuiji.registry.domain.expert.DeclaredRelation;
import cn.shuangsuiji.registry.domain.expert.Expert;
import cn.shuangsuiji.registry.domain.expert.ExpertId;
import cn.shuangsuiji.registry.domain.expert.ExpertViewer;
import cn.shuangsuiji.registry.domain.tag.TagTarget;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the expert library (专家库); every result is masked for its viewer. */
@Service
class ExpertService implements ExpertUseCases {

    private final ExpertRepository experts;
    private final DepartmentUseCases departments;
    private final TagUseCases tags;
    private final PersonalDataUseCases personalData;
    private final AuditTrail audit;
    private final Clock clock;

    ExpertService(ExpertRepository experts, DepartmentUseCases departments, TagUseCases tags,
                  PersonalDataUseCases personalData, AuditTrail audit, Clock clock) {
        this.personalData = personalData;
        this.audit = audit;
        this.experts = experts;
        this.departments = departments;
        this.tags = tags;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Expert register(RegisterExpertCommand command, Actor actor) {
        RegistryRights.requireClerkOf(actor, command.department().value());
        if (experts.exists(command.id())) {
            throw new DomainProblem(ProblemKind.CONFLICT, "EXPERT_EXISTS", "专家已存在", "专家标识已被使用：" + command.id());
        }
        if (!departments.exists(command.department())) {
            throw DomainProblem.invalid("EXPERT_DEPARTMENT_UNKNOWN", "部门不存在：" + command.department(),
                    List.of(new FieldProblem("departmentId", "EXPERT_DEPARTMENT_UNKNOWN", "部门不存在")));
        }
        tags.requireApplicable(command.tags(), TagTarget.EXPERT, "tags");
        Expert expert = experts.insert(Expert.register(command.id(), command.name(), command.organisation(),
                command.department(), command.specialties(), command.tags(), command.phone(), command.relations(),
                clock.instant()));
        audit.record(actor, "expert.register", "Expert", expert.id().value(), expert.department().value(), null,
                trail(expert));
        return masked(expert);
    }

    @Override
    @Transactional
    public Expert update(UpdateExpertCommand command, Actor actor) {
        Expert expert = experts.find(command.id()).orElseThrow(() -> notFound(command.id()));
        RegistryRights.requireClerkOf(actor, expert.department().value());
        if (command.expectedRevision().isPresent() && command.expectedRevision().getAsLong() != expert.revision()) {
            throw new DomainProblem(ProblemKind.PRECONDITION_FAILED, "EXPERT_REVISION_MISMATCH", "专家信息已被他人修改",
                    "专家 " + expert.id() + " 当前修订号为 " + expert.revision() + "，请刷新后重试");
        }
        tags.requireApplicable(command.tags(), TagTarget.EXPERT, "tags");
        Expert masked = expert.asSeenBy(ExpertViewer.anonymous());
        Optional<String> phone = command.phone().filter(p -> !p.equals(masked.phone().orElse(null)))
                .or(expert::phone);
        List<DeclaredRelation> relations = command.relations() == null ? expert.relations()
                : command.relations().stream().map(r -> storedFor(r, expert)).toList();
        Expert updated = experts.update(expert.update(command.name(), command.organisation(), command.specialties(),
                command.tags(), phone, relations));
        audit.record(actor, "expert.update", "Expert", expert.id().value(), expert.department().value(),
                trail(expert), trail(updated));
        return masked(updated);
    }

    @Override
    @Transactional
    public Expert clearPersonal(ExpertId id, OptionalLong expectedRevision, String field, Actor actor) {
        Expert expert = experts.find(id).orElseThrow(() -> notFound(id));
        RegistryRights.requireClerkOf(actor, expert.department().value());
        if (expectedRevision.isPresent() && expectedRevision.getAsLong() != expert.revision()) {
            throw new DomainProblem(ProblemKind.PRECONDITION_FAILED, "EXPERT_REVISION_MISMATCH", "专家信息已被他人修改",
                    "专家 " + expert.id() + " 当前修订号为 " + expert.revision() + "，请刷新后重试");
        }
        Expert cleared = switch (field) {
            case "phone" -> expert.update(expert.name(), expert.organisation(), expert.specialties(), expert.tags(),
                    Optional.empty(), expert.relations());
            case "relations" -> expert.update(expert.name(), expert.organisation(), expert.specialties(),
                    expert.tags(), expert.phone(), List.of());
            default -> throw DomainProblem.invalid("PERSONAL_FIELD_UNKNOWN", "不能清除的字段：" + field,
                    List.of(new FieldProblem("field", "PERSONAL_FIELD_UNKNOWN", "只能是 phone 或 relations")));
        };
        Expert updated = experts.update(cleared);
        audit.record(actor, "expert.personal_cleared:" + field, "Expert", expert.id().value(),
                expert.department().value(), trail(expert), trail(updated));
        return masked(updated);
    }

    /** A relation sent back exactly as masked for the caller stands for the stored one. */
    private static DeclaredRelation storedFor(DeclaredRelation sent, Expert stored) {
        return stored.relations().stream().filter(r -> r.masked().equals(sent)).findFirst().orElse(sent);
    }

    private static Expert masked(Expert expert) {
        return expert.asSeenBy(ExpertViewer.anonymous());
    }

    /** The expert as the audit trail keeps it: personal data masked, relations only counted. */
    private static java.util.Map<String, Object> trail(Expert expert) {
        Expert m = masked(expert);
        java.util.Map<String, Object> view = new java.util.LinkedHashMap<>();
        view.put("id", m.id().value());
        view.put("name", m.name());
        view.put("organisation", m.organisation());
        view.put("department", m.department().value());
        view.put("specialties", m.specialties());
        view.put("tags", m.tags().stream().map(t -> t.value()).sorted().toList());
        view.put("phone", m.phone().orElse(null));
        view.put("relations", m.relations().size());
        view.put("revision", m.revision());
        return view;
    }

    @Override
    public Expert get(ExpertId id, Actor actor) {
        RegistryRights.requireStaff(actor);
        Expert expert = experts.find(id).orElseThrow(() -> notFound(id));
        boolean open = personalData.disclose(actor, "EXPERT", expert.id().value(),
                List.of(expert.department().value()), List.of("phone", "relations"));
        return open ? expert : masked(expert);
    }

    @Override
    public List<Expert> list(ExpertQuery query, Actor actor) {
        RegistryRights.requireStaff(actor);
        return experts.page(query).stream().map(e -> e.asSeenBy(ExpertViewer.anonymous())).toList();
    }

    private static DomainProblem notFound(ExpertId id) {
        return DomainProblem.notFound("EXPERT_NOT_FOUND", "专家", id.value());
    }
}
