package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.EntityQuery;
import cn.shuangsuiji.registry.application.port.in.EntityUseCases;
import cn.shuangsuiji.registry.application.port.in.Page;
import cn.shuangsuiji.registry.application.port.in.RegionQueries;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.in.TagUseCases;
import cn.shuangsuiji.registry.application.port.out.EntityRepository;
import cn.shuangsuiji.registry.domain.tag.TagTarget;
import cn.shuangsuiji.registry.application.port.out.HistoryRepository;
import cn.shuangsuiji.registry.application.port.out.HistoryRepository.Change;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.PersonalField;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.history.HistoryEntry;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The entity registry: each change, its history entry and its event are stored in one transaction. */
@Service
class EntityService implements EntityUseCases {

    static final String KIND = "ENTITY";

    private final EntityRepository entities;
    private final HistoryRepository history;
    private final KnownDepartments departments;
    private final RegionQueries regions;
    private final EventPublisher events;
    private final Pseudonyms pseudonyms;
    private final Clock clock;
    private final TagUseCases tags;

    EntityService(EntityRepository entities, HistoryRepository history, KnownDepartments departments,
                  RegionQueries regions, EventPublisher events, Pseudonyms pseudonyms, Clock clock,
                  TagUseCases tags) {
        this.tags = tags;
        this.entities = entities;
        this.pseudonyms = pseudonyms;
        this.history = history;
        this.departments = departments;
        this.regions = regions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RegulatedEntity register(EntityDetails details, Actor actor) {
        RegistryRights.requireClerkOf(actor, details.supervisionScopes());
        departments.requireAll("supervisionScopes", details.supervisionScopes(), "ENTITY_INVALID");
        regions.requireKnown(new RegionCode(details.regionCode()), "regionCode");
        tags.requireApplicableTags(details.tags(), TagTarget.ENTITY, "tags");
        Instant now = clock.instant();
        RegulatedEntity entity = RegulatedEntity.register(details, pseudonyms, now);
        if (entities.find(entity.id()).isPresent()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "ENTITY_EXISTS", "检查对象已存在",
                    "该统一社会信用代码（或身份证号码）已登记：" + entity.id());
        }
        entities.insert(entity);
        history.appendEntityChanges(List.of(new Change<>(null, entity, "REGISTERED", actor, now, "api")));
        events.publish(RegistryEventFactory.registered(entity));
        return entity;
    }

    @Override
    @Transactional
    public RegulatedEntity revise(EntityId id, long expectedVersion, EntityDetails details, Actor actor) {
        RegulatedEntity before = get(id);
        RegistryRights.requireClerkOf(actor, before.details().supervisionScopes());
        RegistryRights.requireClerkOf(actor, details.supervisionScopes());
        departments.requireAll("supervisionScopes", details.supervisionScopes(), "ENTITY_INVALID");
        regions.requireKnown(new RegionCode(details.regionCode()), "regionCode");
        // tags kept from before the library check stay; new ones must come from the library (S3 二(一))
        tags.requireApplicableTags(details.tags().stream().filter(t -> !before.details().tags().contains(t))
                .toList(), TagTarget.ENTITY, "tags");
        requireVersion(before, expectedVersion);
        RegulatedEntity after = before.revise(details, clock.instant());
        store(before, after, "REVISED", actor);
        if (before.drawable() && !after.drawable()) {
            events.publish(RegistryEventFactory.deregistered(after, null));
        } else {
            events.publish(RegistryEventFactory.changed(after));
        }
        return after;
    }

    @Override
    @Transactional
    public RegulatedEntity deregister(EntityId id, long expectedVersion, EntityStatus status, String reason,
                                      Actor actor) {
        RegulatedEntity before = get(id);
        RegistryRights.requireClerkOf(actor, before.details().supervisionScopes());
        requireVersion(before, expectedVersion);
        RegulatedEntity after = before.deregister(status, clock.instant());
        store(before, after, "DEREGISTERED", actor);
        events.publish(RegistryEventFactory.deregistered(after, reason));
        return after;
    }

    @Override
    @Transactional
    public RegulatedEntity clearPersonal(EntityId id, long expectedVersion, PersonalField field, Actor actor) {
        RegulatedEntity before = get(id);
        RegistryRights.requireClerkOf(actor, before.details().supervisionScopes());
        requireVersion(before, expectedVersion);
        RegulatedEntity after = before.revise(field.clearedFrom(before.details()), clock.instant());
        store(before, after, "PERSONAL_CLEARED:" + field.name(), actor);
        events.publish(RegistryEventFactory.changed(after));
        return after;
    }

    private static void requireVersion(RegulatedEntity before, long expectedVersion) {
        if (before.version() != expectedVersion) {
            throw stale(before.version(), expectedVersion);
        }
    }

    private void store(RegulatedEntity before, RegulatedEntity after, String action, Actor actor) {
        if (!entities.update(after, before.version())) {
            throw stale(-1, before.version());
        }
        history.appendEntityChanges(List.of(new Change<>(before, after, action, actor, after.updatedAt(),
                "api")));
    }

    static DomainProblem stale(long current, long expected) {
        return new DomainProblem(ProblemKind.PRECONDITION_FAILED, "PRECONDITION_FAILED", "数据已被修改",
                "记录版本已变化（If-Match 为 \"" + expected + "\"" + (current >= 0 ? "，当前为 \"" + current + "\"" : "")
                        + "），请重新读取后再修改");
    }

    @Override
    public RegulatedEntity get(EntityId id) {
        return entities.find(id).or(() -> entities.findByFormerId(id)).orElseThrow(() -> DomainProblem.notFound("ENTITY_NOT_FOUND", "检查对象", id.value()));
    }

    @Override
    public Page<RegulatedEntity> list(EntityQuery query) {
        List<RegulatedEntity> items = entities.page(query);
        String next = items.size() == query.limit() ? items.get(items.size() - 1).id().value() : null;
        return new Page<>(items, next);
    }

    @Override
    public void export(EntityQuery query, Consumer<RegulatedEntity> sink) {
        entities.forEach(query, sink);
    }

    @Override
    public List<HistoryEntry> history(EntityId id) {
        return history.of(KIND, get(id).id().value());
    }
}
