package cn.shuangsuiji.planning.adapter.out.persistence;

import cn.shuangsuiji.planning.application.port.out.PlanRepository;
import cn.shuangsuiji.planning.domain.plan.Actor;
import cn.shuangsuiji.planning.domain.plan.AdministrativeLevel;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.InspectionTask;
import cn.shuangsuiji.planning.domain.plan.ItemRef;
import cn.shuangsuiji.planning.domain.plan.ObjectScope;
import cn.shuangsuiji.planning.domain.plan.Plan;
import cn.shuangsuiji.planning.domain.plan.PlanContent;
import cn.shuangsuiji.planning.domain.plan.PlanId;
import cn.shuangsuiji.planning.domain.plan.PlanKind;
import cn.shuangsuiji.planning.domain.plan.PlanStatus;
import cn.shuangsuiji.planning.domain.plan.PlanStep;
import cn.shuangsuiji.planning.domain.plan.SampleSize;
import cn.shuangsuiji.planning.domain.plan.TaskId;
import cn.shuangsuiji.planning.domain.policy.CreditClass;
import cn.shuangsuiji.planning.domain.policy.PolicyId;
import cn.shuangsuiji.planning.domain.policy.PolicyRef;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Maps plan versions to and from {@link PlanDocument}. */
@Component
class PlanPersistenceAdapter implements PlanRepository {

    private final PlanMongoRepository repository;
    private final MongoTemplate mongo;

    PlanPersistenceAdapter(PlanMongoRepository repository, MongoTemplate mongo) {
        this.repository = repository;
        this.mongo = mongo;
    }

    @Override
    public Optional<Plan> latest(PlanId id) {
        return repository.findByPlanIdAndLatestTrue(id.value()).map(PlanPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<Plan> version(PlanId id, int version) {
        return repository.findById(id.value() + ":" + version).map(PlanPersistenceAdapter::toDomain);
    }

    @Override
    public List<Plan> versions(PlanId id) {
        return repository.findByPlanIdOrderByVersionAsc(id.value()).stream().map(PlanPersistenceAdapter::toDomain)
                .toList();
    }

    @Override
    public boolean exists(PlanId id) {
        return repository.existsByPlanId(id.value());
    }

    @Override
    public void insert(Plan plan) {
        repository.insert(toDocument(plan, null));
    }

    @Override
    public void update(Plan plan) {
        repository.save(toDocument(plan, plan.revision()));
    }

    @Override
    public List<Plan> findLatest(Integer year, DepartmentId department, String afterId, int limit) {
        Criteria criteria = Criteria.where("latest").is(true);
        if (year != null) {
            criteria = criteria.and("year").is(year);
        }
        if (department != null) {
            criteria = criteria.and("departmentIds").is(department.value());
        }
        if (afterId != null && !afterId.isBlank()) {
            criteria = criteria.and("planId").gt(afterId);
        }
        Query query = Query.query(criteria).with(Sort.by("planId")).limit(limit);
        return mongo.find(query, PlanDocument.class).stream().map(PlanPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<Plan> findLatestOfYear(int year) {
        return repository.findByYearAndLatestTrueOrderByPlanIdAsc(year).stream().map(PlanPersistenceAdapter::toDomain)
                .toList();
    }

    @Override
    public List<Plan> findAllOfYear(int year) {
        return repository.findByYearOrderByPlanIdAscVersionAsc(year).stream().map(PlanPersistenceAdapter::toDomain)
                .toList();
    }

    private static PlanDocument toDocument(Plan plan, Long revision) {
        PlanContent c = plan.content();
        return new PlanDocument(plan.id().value() + ":" + plan.version(), plan.id().value(), plan.version(),
                c.kind().name(), c.year(), c.title(), c.initiatingDepartment().value(),
                ids(c.participatingDepartments()), ids(c.departments()),
                c.tasks().stream().map(PlanPersistenceAdapter::toDocument).toList(), plan.status().name(),
                plan.policy().map(p -> p.id().value()).orElse(null), plan.policy().map(PolicyRef::version).orElse(null),
                plan.history().stream().map(s -> new PlanDocument.Step(s.action(), s.status().name(), s.by().userId(),
                        s.by().departmentId().value(), s.at(), s.note())).toList(),
                plan.amendmentReason().orElse(null), plan.firstSubmittedAt().orElse(null),
                plan.firstPublishedAt().orElse(null), plan.latest(), revision,
                plan.policyTightenedBy().map(t -> t.id().value()).orElse(null),
                plan.policyTightenedBy().map(PolicyRef::version).orElse(null));
    }

    private static PlanDocument.Task toDocument(InspectionTask t) {
        ObjectScope s = t.scope();
        return new PlanDocument.Task(t.id().value(), t.name(),
                t.items().stream().map(i -> new PlanDocument.Item(i.itemId(), i.version(), i.departmentId().value()))
                        .toList(),
                new PlanDocument.Scope(List.copyOf(s.objectTypes()), List.copyOf(s.regionCodes()),
                        List.copyOf(s.industries()), List.copyOf(s.tags()),
                        s.creditClasses().stream().map(Enum::name).toList(), List.copyOf(s.includeEntityIds()),
                        List.copyOf(s.excludeEntityIds())),
                t.sampleSizes().stream().map(z -> new PlanDocument.Size(z.creditClass().map(Enum::name).orElse(null),
                        z.ratio() == null ? null : z.ratio().toPlainString(), z.count())).toList(),
                t.windowStart(), t.windowEnd(), t.frequency(), t.level().name(), ids(t.dispatchedTo()),
                t.estimatedPopulation().orElse(null), t.inspectorTags());
    }

    private static Plan toDomain(PlanDocument d) {
        PlanContent content = new PlanContent(PlanKind.valueOf(d.kind()), d.year(), d.title(),
                new DepartmentId(d.initiatingDepartmentId()), departments(d.participatingDepartmentIds()),
                d.tasks() == null ? List.of() : d.tasks().stream().map(PlanPersistenceAdapter::toDomain).toList());
        Optional<PolicyRef> policy = Optional.ofNullable(d.policyId())
                .map(id -> new PolicyRef(new PolicyId(id), d.policyVersion()));
        Optional<PolicyRef> tightenedBy = Optional.ofNullable(d.policyTightenedById())
                .map(id -> new PolicyRef(new PolicyId(id), d.policyTightenedByVersion()));
        List<PlanStep> history = d.history().stream().map(s -> new PlanStep(s.action(), PlanStatus.valueOf(s.status()),
                new Actor(s.userId(), new DepartmentId(s.departmentId())), s.at(), s.note())).toList();
        return new Plan(new PlanId(d.planId()), d.version(), content, PlanStatus.valueOf(d.status()), policy, tightenedBy,
                history,
                Optional.ofNullable(d.amendmentReason()), Optional.ofNullable(d.firstSubmittedAt()),
                Optional.ofNullable(d.firstPublishedAt()), d.latest(), d.revision() == null ? 0 : d.revision());
    }

    private static InspectionTask toDomain(PlanDocument.Task t) {
        PlanDocument.Scope s = t.scope();
        ObjectScope scope = new ObjectScope(set(s.objectTypes()), set(s.regionCodes()), set(s.industries()),
                set(s.tags()), s.creditClasses().stream().map(CreditClass::valueOf).collect(Collectors.toSet()),
                set(s.includeEntityIds()), set(s.excludeEntityIds()));
        return new InspectionTask(new TaskId(t.taskId()), t.name(),
                t.items().stream().map(i -> new ItemRef(i.itemId(), i.version(), new DepartmentId(i.departmentId())))
                        .toList(),
                scope,
                t.sampleSizes().stream().map(z -> new SampleSize(
                        Optional.ofNullable(z.creditClass()).map(CreditClass::valueOf),
                        z.ratio() == null ? null : new BigDecimal(z.ratio()), z.count())).toList(),
                t.windowStart(), t.windowEnd(), t.frequency(), AdministrativeLevel.valueOf(t.level()),
                departments(t.dispatchedTo()), Optional.ofNullable(t.estimatedPopulation()),
                t.inspectorTags() == null ? List.of() : t.inspectorTags());
    }

    private static List<String> ids(List<DepartmentId> departments) {
        return departments.stream().map(DepartmentId::value).toList();
    }

    private static List<DepartmentId> departments(List<String> ids) {
        return ids == null ? List.of() : ids.stream().map(DepartmentId::new).toList();
    }

    private static Set<String> set(List<String> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }
}
