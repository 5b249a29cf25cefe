package cn.shuangsuiji.planning.adapter.in.web;

import cn.shuangsuiji.planning.application.port.in.PlanDraft;
import cn.shuangsuiji.planning.domain.plan.AdministrativeLevel;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.InspectionTask;
import cn.shuangsuiji.planning.domain.plan.ItemRef;
import cn.shuangsuiji.planning.domain.plan.ObjectScope;
import cn.shuangsuiji.planning.domain.plan.Plan;
import cn.shuangsuiji.planning.domain.plan.PlanContent;
import cn.shuangsuiji.planning.domain.plan.PlanRules;
import cn.shuangsuiji.planning.domain.plan.SampleSize;
import cn.shuangsuiji.planning.domain.plan.TaskId;
import cn.shuangsuiji.planning.domain.policy.CreditClass;
import cn.shuangsuiji.planning.domain.policy.PolicyRef;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;

/** Maps plans between the API and the application layer. */
@Mapper(componentModel = "spring")
interface PlanWebMapper {

    default PlanDraft toDraft(String title, List<String> participants, List<TaskBody> tasks) {
        List<InspectionTask> mapped = new java.util.ArrayList<>();
        for (int i = 0; tasks != null && i < tasks.size(); i++) {
            TaskBody task = tasks.get(i);
            mapped.add(Inputs.parse(() -> Inputs.field("tasks[" + mapped.size() + "]", () -> toTask(task))));
        }
        return Inputs.parse(() -> new PlanDraft(title, departments(participants), mapped));
    }

    default PlanResponse toResponse(Plan plan) {
        PlanContent c = plan.content();
        return new PlanResponse(plan.id().value(), plan.version(), plan.latest(), c.kind().name(),
                c.kind().chineseName(), c.year(), c.title(), c.initiatingDepartment().value(),
                ids(c.participatingDepartments()), plan.status().name(), plan.status().chineseName(),
                plan.policy().map(p -> p.id().value()).orElse(null), plan.policy().map(PolicyRef::version).orElse(null),
                plan.amendmentReason().orElse(null), plan.firstSubmittedAt().orElse(null),
                plan.firstPublishedAt().orElse(null), c.tasks().stream().map(PlanWebMapper::toBody).toList(),
                plan.history().stream().map(s -> new PlanResponse.Step(s.action(), s.status().name(), s.by().userId(),
                        s.by().departmentId().value(), s.at(), s.note())).toList(),
                PlanRules.warnings(c).stream().map(w -> new PlanResponse.Warning(w.taskId(), w.code(), w.message()))
                        .toList(),
                plan.policyTightenedBy().map(p -> p.id().value()).orElse(null),
                plan.policyTightenedBy().map(PolicyRef::version).orElse(null));
    }

    private static InspectionTask toTask(TaskBody t) {
        TaskBody.ScopeBody s = t.scope() == null ? new TaskBody.ScopeBody(null, null, null, null, null, null, null)
                : t.scope();
        ObjectScope scope = new ObjectScope(set(s.objectTypes()), set(s.regionCodes()), set(s.industries()),
                set(s.tags()), s.creditClasses() == null ? Set.of()
                : s.creditClasses().stream().map(CreditClass::valueOf).collect(Collectors.toSet()),
                set(s.includeEntityIds()), set(s.excludeEntityIds()));
        return new InspectionTask(new TaskId(t.taskId()), t.name(),
                t.items().stream().map(i -> new ItemRef(i.itemId(), i.version(), new DepartmentId(i.departmentId())))
                        .toList(),
                scope,
                t.sampleSizes().stream().map(z -> new SampleSize(
                        Optional.ofNullable(z.creditClass()).map(CreditClass::valueOf), z.ratio(), z.count())).toList(),
                t.windowStart(), t.windowEnd(), t.frequency(), AdministrativeLevel.valueOf(t.level()),
                departments(t.dispatchedToDepartmentIds()), Optional.ofNullable(t.estimatedPopulation()),
                t.inspectorTags());
    }

    private static TaskBody toBody(InspectionTask t) {
        ObjectScope s = t.scope();
        return new TaskBody(t.id().value(), t.name(),
                t.items().stream().map(i -> new TaskBody.ItemBody(i.itemId(), i.version(), i.departmentId().value()))
                        .toList(),
                new TaskBody.ScopeBody(List.copyOf(s.objectTypes()), List.copyOf(s.regionCodes()),
                        List.copyOf(s.industries()), List.copyOf(s.tags()),
                        s.creditClasses().stream().map(Enum::name).toList(), List.copyOf(s.includeEntityIds()),
                        List.copyOf(s.excludeEntityIds())),
                t.sampleSizes().stream().map(z -> new TaskBody.SampleSizeBody(
                        z.creditClass().map(Enum::name).orElse(null), z.ratio(), z.count())).toList(),
                t.windowStart(), t.windowEnd(), t.frequency(), t.level().name(), ids(t.dispatchedTo()),
                t.estimatedPopulation().orElse(null), t.inspectorTags());
    }

    private static List<DepartmentId> departments(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(DepartmentId::new).toList();
    }

    private static List<String> ids(List<DepartmentId> departments) {
        return departments.stream().map(DepartmentId::value).toList();
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }
}
