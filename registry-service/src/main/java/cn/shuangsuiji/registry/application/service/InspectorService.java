package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.InspectorQuery;
import cn.shuangsuiji.registry.application.port.in.InspectorUseCases;
import cn.shuangsuiji.registry.application.port.in.Page;
import cn.shuangsuiji.registry.application.port.in.RegionQueries;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.in.TagUseCases;
import cn.shuangsuiji.registry.application.port.out.EntityRepository;
import cn.shuangsuiji.registry.domain.tag.TagTarget;
import cn.shuangsuiji.registry.application.port.out.HistoryRepository;
import cn.shuangsuiji.registry.application.port.out.HistoryRepository.Change;
import cn.shuangsuiji.registry.application.port.out.InspectorRepository;
import cn.shuangsuiji.registry.domain.history.HistoryEntry;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.inspector.InspectorId;
import cn.shuangsuiji.registry.domain.inspector.InspectorPersonalField;
import cn.shuangsuiji.registry.domain.inspector.RelationWarning;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inspector registry: each change, its history entry and its event in one transaction. */
@Service
class InspectorService implements InspectorUseCases {

    static final String KIND = "INSPECTOR";

    private final InspectorRepository inspectors;
    private final HistoryRepository history;
    private final KnownDepartments departments;
    private final RegionQueries regions;
    private final EventPublisher events;
    private final Clock clock;
    private final EntityRepository entities;
    private final TagUseCases tags;

    InspectorService(InspectorRepository inspectors, HistoryRepository history, KnownDepartments departments,
                     RegionQueries regions, EventPublisher events, Clock clock, EntityRepository entities,
                     TagUseCases tags) {
        this.tags = tags;
        this.entities = entities;
        this.inspectors = inspectors;
        this.history = history;
        this.departments = departments;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Inspector register(InspectorDetails details, Actor actor) {
        RegistryRights.requireClerkOf(actor, details.departmentId());
        departments.requireAll("departmentId", List.of(details.departmentId()), "INSPECTOR_INVALID");
        regions.requireKnown(new RegionCode(details.regionCode()), "regionCode");
        tags.requireApplicableTags(details.tags(), TagTarget.INSPECTOR, "tags");
        Instant now = clock.instant();
        Inspector inspector = Inspector.register(details, now);
        if (inspectors.find(inspector.id()).isPresent()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "INSPECTOR_EXISTS", "执法检查人员已存在",
                    "该执法证号已登记：" + details.certificateNumber());
        }
        inspectors.insert(inspector);
        history.appendInspectorChanges(List.of(new Change<>(null, inspector, "REGISTERED", actor, now,
                "api")));
        events.publish(RegistryEventFactory.registered(inspector));
        return inspector;
    }

    @Override
    @Transactional
    public Inspector revise(InspectorId id, long expectedVersion, InspectorDetails details, Actor actor) {
        Inspector before = get(id);
        RegistryRights.requireClerkOf(actor, before.details().departmentId());
        RegistryRights.requireClerkOf(actor, details.departmentId());
        departments.requireAll("departmentId", List.of(details.departmentId()), "INSPECTOR_INVALID");
        regions.requireKnown(new RegionCode(details.regionCode()), "regionCode");
        tags.requireApplicableTags(details.tags().stream().filter(t -> !before.details().tags().contains(t))
                .toList(), TagTarget.INSPECTOR, "tags");
        if (before.version() != expectedVersion) {
            throw EntityService.stale(before.version(), expectedVersion);
        }
        Inspector after = before.revise(details, clock.instant());
        if (!inspectors.update(after, before.version())) {
            throw EntityService.stale(-1, expectedVersion);
        }
        history.appendInspectorChanges(List.of(new Change<>(before, after, "REVISED", actor,
                after.updatedAt(), "api")));
        events.publish(RegistryEventFactory.changed(after));
        return after;
    }

    @Override
    @Transactional
    public Inspector clearPersonal(InspectorId id, long expectedVersion, InspectorPersonalField field, Actor actor) {
        Inspector before = get(id);
        RegistryRights.requireClerkOf(actor, before.details().departmentId());
        if (before.version() != expectedVersion) {
            throw EntityService.stale(before.version(), expectedVersion);
        }
        Inspector after = before.revise(field.clearedFrom(before.details()), clock.instant());
        if (!inspectors.update(after, before.version())) {
            throw EntityService.stale(-1, expectedVersion);
        }
        history.appendInspectorChanges(List.of(new Change<>(before, after, "PERSONAL_CLEARED:" + field.name(), actor,
                after.updatedAt(), "api")));
        events.publish(RegistryEventFactory.changed(after));
        return after;
    }

    @Override
    public Inspector get(InspectorId id) {
        return inspectors.find(id)
                .orElseThrow(() -> DomainProblem.notFound("INSPECTOR_NOT_FOUND", "执法检查人员", id.value()));
    }

    @Override
    public List<RelationWarning> relationWarnings(Inspector inspector) {
        return RelationWarning.of(inspector.details().relations(),
                name -> entities.idsWithPartyNamed(name, RelationWarning.LIMIT));
    }

    @Override
    public Page<Inspector> list(InspectorQuery query) {
        List<Inspector> items = inspectors.page(query);
        String next = items.size() == query.limit() ? items.get(items.size() - 1).id().value() : null;
        return new Page<>(items, next);
    }

    @Override
    public List<HistoryEntry> history(InspectorId id) {
        get(id);
        return history.of(KIND, id.value());
    }
}
