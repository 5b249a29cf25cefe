package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.registry.application.port.in.DepartmentUseCases;
import cn.shuangsuiji.registry.application.port.in.ExpertQuery;
import cn.shuangsuiji.registry.application.port.in.ExpertUseCases;
import cn.shuangsuiji.registry.application.port.in.RegisterExpertCommand;
import cn.shuangsuiji.registry.application.port.in.TagUseCases;
import cn.shuangsuiji.registry.application.port.in.UpdateExpertCommand;
import cn.shuangsuiji.registry.application.port.out.ExpertRepository;
import cn.shuangsuiji.registry.domain.expert.Expert;
import cn.shuangsuiji.registry.domain.expert.ExpertId;
import cn.shuangsuiji.registry.domain.expert.ExpertViewer;
import cn.shuangsuiji.registry.domain.tag.TagTarget;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the expert library (专家库); every result is masked for its viewer. */
@Service
class ExpertService implements ExpertUseCases {

    private final ExpertRepository experts;
    private final DepartmentUseCases departments;
    private final TagUseCases tags;
    private final Clock clock;

    ExpertService(ExpertRepository experts, DepartmentUseCases departments, TagUseCases tags, Clock clock) {
        this.experts = experts;
        this.departments = departments;
        this.tags = tags;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Expert register(RegisterExpertCommand command, ExpertViewer viewer) {
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
        return expert.asSeenBy(viewer);
    }

    @Override
    @Transactional
    public Expert update(UpdateExpertCommand command, ExpertViewer viewer) {
        Expert expert = experts.find(command.id()).orElseThrow(() -> notFound(command.id()));
        if (!expert.personalDataVisibleTo(viewer)) {
            throw new DomainProblem(ProblemKind.CONFLICT, "EXPERT_CHANGE_NOT_ALLOWED", "无权修改专家信息",
                    "只有专家所属部门的管理员可以修改专家信息及其申报的利害关系");
        }
        if (command.expectedRevision().isPresent() && command.expectedRevision().getAsLong() != expert.revision()) {
            throw new DomainProblem(ProblemKind.PRECONDITION_FAILED, "EXPERT_REVISION_MISMATCH", "专家信息已被他人修改",
                    "专家 " + expert.id() + " 当前修订号为 " + expert.revision() + "，请刷新后重试");
        }
        tags.requireApplicable(command.tags(), TagTarget.EXPERT, "tags");
        return experts.update(expert.update(command.name(), command.organisation(), command.specialties(),
                command.tags(), command.phone(), command.relations())).asSeenBy(viewer);
    }

    @Override
    public Expert get(ExpertId id, ExpertViewer viewer) {
        return experts.find(id).orElseThrow(() -> notFound(id)).asSeenBy(viewer);
    }

    @Override
    public List<Expert> list(ExpertQuery query) {
        return experts.page(query).stream().map(e -> e.asSeenBy(ExpertViewer.anonymous())).toList();
    }

    private static DomainProblem notFound(ExpertId id) {
        return DomainProblem.notFound("EXPERT_NOT_FOUND", "专家", id.value());
    }
}
