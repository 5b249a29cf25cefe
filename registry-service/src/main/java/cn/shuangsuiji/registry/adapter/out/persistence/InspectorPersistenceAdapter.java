package cn.shuangsuiji.registry.adapter.out.persistence;

import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.INSPECTORS;

import cn.shuangsuiji.registry.application.port.in.InspectorQuery;
import cn.shuangsuiji.registry.application.port.out.InspectorRepository;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.InspectorId;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Stores inspectors as hand-mapped BSON documents. */
@Component
class InspectorPersistenceAdapter implements InspectorRepository {

    private final MongoTemplate mongo;

    InspectorPersistenceAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Inspector> find(InspectorId id) {
        return Optional.ofNullable(mongo.findById(id.value(), Document.class, INSPECTORS))
                .map(InspectorDocuments::toDomain);
    }

    @Override
    public Map<InspectorId, Inspector> findAll(Collection<InspectorId> ids) {
        Map<InspectorId, Inspector> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Query query = Query.query(Criteria.where("_id").in(ids.stream().map(InspectorId::value).toList()));
        for (Document doc : mongo.find(query, Document.class, INSPECTORS)) {
            Inspector i = InspectorDocuments.toDomain(doc);
            found.put(i.id(), i);
        }
        return found;
    }

    @Override
    public void insert(Inspector inspector) {
        mongo.insert(InspectorDocuments.toDocument(inspector), INSPECTORS);
    }

    @Override
    public boolean update(Inspector inspector, long expectedVersion) {
        Query query = Query.query(Criteria.where("_id").is(inspector.id().value()).and("version").is(expectedVersion));
        return mongo.findAndReplace(query, InspectorDocuments.toDocument(inspector), INSPECTORS) != null;
    }

    @Override
    public void bulkWrite(List<Inspector> inserts, List<Inspector> replacements) {
        if (inserts.isEmpty() && replacements.isEmpty()) {
            return;
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, INSPECTORS);
        inserts.forEach(i -> bulk.insert(InspectorDocuments.toDocument(i)));
        replacements.forEach(i -> bulk.replaceOne(Query.query(Criteria.where("_id").is(i.id().value())),
                InspectorDocuments.toDocument(i)));
        bulk.execute();
    }

    @Override
    public List<Inspector> page(InspectorQuery q) {
        List<Criteria> all = new ArrayList<>();
        if (q.after() != null) {
            all.add(Criteria.where("_id").gt(q.after()));
        }
        if (q.departmentId() != null) {
            all.add(Criteria.where("departmentId").is(q.departmentId()));
        }
        if (q.regionCode() != null) {
            all.add(Criteria.where("regionCode").is(q.regionCode()));
        }
        if (q.status() != null) {
            all.add(Criteria.where("status").is(q.status().name()));
        }
        if (q.tag() != null) {
            all.add(Criteria.where("tags").is(q.tag()));
        }
        if (q.name() != null) {
            all.add(Criteria.where("name").regex(Pattern.quote(q.name())));
        }
        Query query = new Query(all.isEmpty() ? new Criteria() : new Criteria().andOperator(all))
                .with(Sort.by("_id")).limit(q.limit());
        return mongo.find(query, Document.class, INSPECTORS).stream().map(InspectorDocuments::toDomain).toList();
    }

    @Override
    public void forEachInScope(SnapshotScope scope, Consumer<Inspector> sink) {
        Criteria criteria = Criteria.where("departmentId").in(scope.departmentIds());
        if (!scope.regionCodes().isEmpty()) {
            criteria = criteria.and("regionCode").in(scope.regionCodes());
        }
        try (var stream = mongo.stream(new Query(criteria).with(Sort.by("_id")), Document.class, INSPECTORS)) {
            stream.forEach(doc -> sink.accept(InspectorDocuments.toDomain(doc)));
        }
    }
}
