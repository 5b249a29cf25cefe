package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.contracts.registry.EntitiesRegistered;
import cn.shuangsuiji.contracts.registry.EntitiesRegistered.RegisteredEntity;
import cn.shuangsuiji.contracts.registry.EntityChanged;
import cn.shuangsuiji.contracts.registry.EntityDeregistered;
import cn.shuangsuiji.contracts.registry.EntityRegistered;
import cn.shuangsuiji.contracts.registry.InspectorChanged;
import cn.shuangsuiji.contracts.registry.InspectorRegistered;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.ItemContent;
import cn.shuangsuiji.registry.domain.item.ItemVersion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds the integration events of entities, inspectors and items; personal data never goes into them. */
final class RegistryEventFactory {

    private RegistryEventFactory() {
    }

    static EntityRegistered registered(RegulatedEntity e) {
        EntityDetails d = e.details();
        return new EntityRegistered(UUID.randomUUID(), e.updatedAt(), e.id().value(), d.name(), d.uscc(),
                d.regionCode(), d.industry(), d.objectType().name(), d.status().name(), d.creditClass().name(),
                d.abnormalList(), d.seriousDishonesty(), d.tags(), d.supervisionScopes(), e.version());
    }

    /** The entities of one chunk of an import batch, with the same public facts as {@link #registered(RegulatedEntity)}. */
    static EntitiesRegistered registered(String jobId, int batch, List<RegulatedEntity> created, Instant now) {
        return new EntitiesRegistered(UUID.randomUUID(), now, jobId, batch, created.stream().map(e -> {
            EntityDetails d = e.details();
            return new RegisteredEntity(e.id().value(), d.name(), d.uscc(), d.regionCode(), d.objectType().name(),
                    d.status().name(), d.creditClass().name());
        }).toList());
    }

    static EntityChanged changed(RegulatedEntity e) {
        EntityDetails d = e.details();
        return new EntityChanged(UUID.randomUUID(), e.updatedAt(), e.id().value(), d.name(), d.uscc(),
                d.regionCode(), d.industry(), d.objectType().name(), d.status().name(), d.creditClass().name(),
                d.abnormalList(), d.seriousDishonesty(), d.tags(), d.supervisionScopes(), e.version());
    }

    static EntityDeregistered deregistered(RegulatedEntity e, String reason) {
        return new EntityDeregistered(UUID.randomUUID(), e.updatedAt(), e.id().value(), e.details().status().name(),
                reason, e.version());
    }

    static InspectorRegistered registered(Inspector i) {
        InspectorDetails d = i.details();
        return new InspectorRegistered(UUID.randomUUID(), i.updatedAt(), i.id().value(), d.departmentId(), d.name(),
                d.position(), d.post(), d.regionCode(), d.status().name(), d.itemIds(), d.categories(), d.tags(),
                d.certificateValidUntil(), i.version());
    }

    static InspectorChanged changed(Inspector i) {
        InspectorDetails d = i.details();
        return new InspectorChanged(UUID.randomUUID(), i.updatedAt(), i.id().value(), d.departmentId(), d.name(),
                d.position(), d.post(), d.regionCode(), d.status().name(), d.itemIds(), d.categories(), d.tags(),
                d.certificateValidUntil(), i.version());
    }

    /** The event of a version just published. */
    static InspectionItemPublished published(InspectionItem item, ItemVersion version) {
        ItemContent c = version.content();
        return new InspectionItemPublished(UUID.randomUUID(), version.publishedAt().orElseThrow(),
                item.id().value(), version.number(), item.owner().value(), c.checkProject(), c.subItemNames(),
                c.legalBasis(), c.method().name(), c.objectType().name(), c.category().name(), c.defaultRatio(),
                c.defaultFrequency(), c.subItems().stream()
                        .map(s -> new InspectionItemPublished.SubItemResults(s.name(), s.allowedResults())).toList(),
                c.inspectorRequirements(), c.remarks(), c.expertise());
    }
}
