package cn.shuangsuiji.inspection.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.shuangsuiji.inspection.adapter.out.persistence.ReferenceDocuments.DepartmentDocument;
import cn.shuangsuiji.inspection.adapter.out.persistence.ReferenceDocuments.EntityDocument;
import cn.shuangsuiji.inspection.adapter.out.persistence.ReferenceDocuments.IdempotencyDocument;
import cn.shuangsuiji.inspection.adapter.out.persistence.ReferenceDocuments.ItemDocument;
import cn.shuangsuiji.inspection.adapter.out.persistence.ReferenceDocuments.PlanDocument;
import cn.shuangsuiji.inspection.application.port.out.IdempotencyKeys;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.reference.EntityFacts;
import cn.shuangsuiji.inspection.domain.reference.PlanFacts;
import cn.shuangsuiji.platform.mongo.StoredIds;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Reference data and idempotency keys in MongoDB. */
@Component
class ReferencePersistenceAdapter implements ReferenceData, IdempotencyKeys {

    private final MongoTemplate mongo;
    private final Clock clock;
    /** Published item versions never change, so a version once read is kept in memory. */
    private final java.util.Map<String, ItemDefinition> items = new java.util.concurrent.ConcurrentHashMap<>();

    ReferencePersistenceAdapter(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public Optional<PlanFacts> plan(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PlanDocument.class)).map(PlanDocument::plan);
    }

    @Override
    public void savePlan(PlanFacts plan) {
        PlanDocument existing = mongo.findById(plan.planId(), PlanDocument.class);
        if (existing == null || existing.planVersion() <= plan.planVersion()) {
            mongo.save(new PlanDocument(plan.planId(), plan.planVersion(), plan));
        }
    }

    @Override
    public Optional<ItemDefinition> item(String itemId, int version) {
        String id = itemId + ":" + version;
        ItemDefinition cached = items.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<ItemDefinition> found = Optional.ofNullable(mongo.findById(id, ItemDocument.class))
                .map(ItemDocument::item);
        found.ifPresent(item -> items.put(id, item));
        return found;
    }

    @Override
    public void saveItem(ItemDefinition item) {
        mongo.save(new ItemDocument(item.itemId() + ":" + item.version(), item));
        items.remove(item.itemId() + ":" + item.version());
    }

    @Override
    public Optional<EntityFacts> entity(String entityId) {
        return Optional.ofNullable(mongo.findById(entityId, EntityDocument.class)).filter(d -> d.name() != null)
                .map(d -> new EntityFacts(d.id(), d.name(), d.uscc()));
    }

    @Override
    public Map<String, EntityFacts> entities(Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return Map.of();
        }
        return mongo.find(new Query(where("_id").in(entityIds).and("name").ne(null)), EntityDocument.class).stream()
                .collect(Collectors.toMap(EntityDocument::id, d -> new EntityFacts(d.id(), d.name(), d.uscc())));
    }

    @Override
    public void expectEntity(String entityId) {
        // always a write (an $inc), so that a concurrent saveEntity of the same document is a write conflict
        mongo.upsert(Query.query(where("_id").is(entityId)),
                new Update().inc("awaited", 1), EntityDocument.class);
    }

    @Override
    public void saveEntity(EntityFacts entity) {
        mongo.save(new EntityDocument(entity.entityId(), entity.name(), entity.uscc()));
    }

    @Override
    public Set<String> knownEntities(Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return Set.of();
        }
        return StoredIds.matching(mongo, mongo.getCollectionName(EntityDocument.class),
                where("_id").in(entityIds).and("name").ne(null));
    }

    @Override
    public void saveEntities(List<EntityFacts> entities) {
        if (entities.isEmpty()) {
            return;
        }
        // one round trip for the whole import instead of one per entity; each document is still written (as save()
        // does: the same fields, "awaited" dropped), which is what makes a concurrent expectEntity conflict
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, EntityDocument.class);
        for (EntityFacts e : entities) {
            bulk.upsert(Query.query(where("_id").is(e.entityId())),
                    new Update().set("name", e.name()).set("uscc", e.uscc()).unset("awaited"));
        }
        bulk.execute();
    }

    @Override
    public Optional<String> regionOf(String departmentId) {
        return Optional.ofNullable(mongo.findById(departmentId, DepartmentDocument.class))
                .map(DepartmentDocument::regionCode);
    }

    @Override
    public void saveDepartment(String departmentId, String regionCode) {
        mongo.save(new DepartmentDocument(departmentId, regionCode));
    }

    @Override
    public Optional<StoredResponse> find(String scope, String key) {
        return Optional.ofNullable(mongo.findOne(new Query(where("_id").is(scope + "\u0000" + key)),
                        IdempotencyDocument.class))
                .map(d -> new StoredResponse(d.requestHash(), d.status(), d.body(), d.etag()));
    }

    @Override
    public void save(String scope, String key, StoredResponse response) {
        mongo.insert(new IdempotencyDocument(scope + "\u0000" + key, response.requestHash(), response.status(),
                response.body(), response.etag(), clock.instant()));
    }
}
