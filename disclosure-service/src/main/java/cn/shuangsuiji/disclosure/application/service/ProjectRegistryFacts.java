package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.disclosure.ItemDisclosed;
import cn.shuangsuiji.contracts.disclosure.PublicItem;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import cn.shuangsuiji.contracts.registry.EntitiesRegistered;
import cn.shuangsuiji.contracts.registry.EntityChanged;
import cn.shuangsuiji.contracts.registry.EntityDeregistered;
import cn.shuangsuiji.contracts.registry.EntityRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.contracts.registry.InspectionItemWithdrawn;
import cn.shuangsuiji.disclosure.application.port.in.RegistryFactsProjection;
import cn.shuangsuiji.disclosure.application.port.out.EntityDirectory;
import cn.shuangsuiji.disclosure.application.port.out.PublicDirectory;
import cn.shuangsuiji.disclosure.domain.PublicDepartment;
import cn.shuangsuiji.disclosure.domain.PublicEntity;
import cn.shuangsuiji.platform.events.EventPublisher;
import org.springframework.stereotype.Service;

/**
 * 名录事实 — departments, item versions (抽查事项清单, each change to the public feed) and the public facts of
 * entities (name, credit code, region, type; nothing personal) from the registry's events.
 */
@Service
class ProjectRegistryFacts implements RegistryFactsProjection {

    private final PublicDirectory directory;
    private final EntityDirectory entities;
    private final EventPublisher publisher;
    private final TypedHandlers handlers;

    ProjectRegistryFacts(PublicDirectory directory, EntityDirectory entities, EventPublisher publisher) {
        this.directory = directory;
        this.entities = entities;
        this.publisher = publisher;
        this.handlers = new TypedHandlers()
                .on(DepartmentRegistered.class, this::department)
                .on(InspectionItemPublished.class, this::itemPublished)
                .on(InspectionItemWithdrawn.class, this::itemWithdrawn)
                .on(EntityRegistered.class, e -> entities.save(new PublicEntity(e.entityId(), e.name(), e.uscc(),
                        e.regionCode(), e.objectType(), e.status()), e.creditClass()))
                .on(EntitiesRegistered.class, this::entitiesRegistered)
                .on(EntityChanged.class, e -> entities.save(new PublicEntity(e.entityId(), e.name(), e.uscc(),
                        e.regionCode(), e.objectType(), e.status()), e.creditClass()))
                .on(EntityDeregistered.class, e -> entities.find(e.entityId()).ifPresent(x -> entities.save(
                        new PublicEntity(x.entityId(), x.name(), x.uscc(), x.regionCode(), x.objectType(),
                                e.status()), null)));
    }

    @Override
    public void apply(IntegrationEvent event) {
        handlers.handle(event);
    }

    /**
     * Entities a bulk import created, each kept like a single {@link EntityRegistered} unless already known (a later
     * {@link EntityChanged} travels under the entity's own key and may have arrived first).
     */
    private void entitiesRegistered(EntitiesRegistered event) {
        for (EntitiesRegistered.RegisteredEntity e : event.entities()) {
            if (entities.find(e.entityId()).isEmpty()) {
                entities.save(new PublicEntity(e.entityId(), e.name(), e.uscc(), e.regionCode(), e.objectType(),
                        e.status()), e.creditClass());
            }
        }
    }

    private void department(DepartmentRegistered e) {
        long revision = directory.findDepartment(e.departmentId()).map(PublicDepartment::revision).orElse(0L) + 1;
        directory.saveDepartment(new PublicDepartment(e.departmentId(), e.name(), e.type(), e.level(),
                e.regionCode(), e.parentId(), revision, e.occurredAt()));
    }

    private void itemPublished(InspectionItemPublished e) {
        PublicItem item = new PublicItem(e.itemId(), e.version(), e.departmentId(), e.checkProject(), e.subItems(),
                e.legalBasis(), e.method(), e.objectType(), e.category(), e.defaultRatio(), e.defaultFrequency(),
                false, e.occurredAt(), e.inspectorRequirements(), e.remarks());
        directory.saveItem(item);
        publisher.publish(new ItemDisclosed(ProjectPlanningFacts.derivedId(e, "item"), e.occurredAt(), item));
    }

    private void itemWithdrawn(InspectionItemWithdrawn e) {
        directory.findItem(e.itemId(), e.version()).ifPresent(item -> {
            PublicItem withdrawn = item.withdraw();
            directory.saveItem(withdrawn);
            publisher.publish(new ItemDisclosed(ProjectPlanningFacts.derivedId(e, "item"), e.occurredAt(),
                    withdrawn));
        });
    }
}
