package cn.shuangsuiji.disclosure.adapter.out.persistence;

import cn.shuangsuiji.disclosure.application.port.out.EntityDirectory;
import cn.shuangsuiji.disclosure.domain.PublicEntity;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Entity facts in MongoDB; name queries are anchored (prefix, uses the index) or unanchored (contains). */
@Component
class MongoEntityDirectory implements EntityDirectory {

    private final MongoTemplate mongo;

    MongoEntityDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<PublicEntity> find(String entityId) {
        return Optional.ofNullable(mongo.findById(entityId, PublicEntityDocument.class)).map(MongoEntityDirectory::of);
    }

    @Override
    public void save(PublicEntity e, String creditClass) {
        String credit = creditClass;
        if (credit == null) {
            PublicEntityDocument existing = mongo.findById(e.entityId(), PublicEntityDocument.class);
            credit = existing == null ? null : existing.creditClass();
        }
        mongo.save(new PublicEntityDocument(e.entityId(), e.name(), e.uscc(), e.regionCode(), e.objectType(),
                e.status(), e.listable(), credit));
    }

    @Override
    public Map<String, Map<String, Long>> population() {
        Aggregation aggregation = Aggregation.newAggregation(
                Aggregation.match(Criteria.where("status").is("OPERATING")),
                Aggregation.group("creditClass", "regionCode").count().as("count"));
        Map<String, Map<String, Long>> result = new TreeMap<>();
        for (Document d : mongo.aggregate(aggregation, PublicEntityDocument.class, Document.class)) {
            Document id = (Document) d.get("_id");
            String credit = id.getString("creditClass");
            result.computeIfAbsent(credit == null ? "UNKNOWN" : credit, c -> new TreeMap<>())
                    .put(String.valueOf(id.getString("regionCode")), ((Number) d.get("count")).longValue());
        }
        return result;
    }

    @Override
    public Map<String, String> regions(Collection<String> entityIds) {
        Map<String, String> regions = new HashMap<>();
        Query query = Query.query(Criteria.where("_id").in(entityIds));
        query.fields().include("regionCode");
        for (Document d : mongo.find(query, Document.class, "public_entities")) {
            regions.put(d.getString("_id"), d.getString("regionCode"));
        }
        return regions;
    }

    @Override
    public List<PublicEntity> search(String uscc, String name, boolean contains, String afterId, int limit) {
        Criteria c = Criteria.where("listable").is(true);
        if (uscc != null) {
            c = c.and("uscc").is(uscc);
        }
        if (name != null) {
            c = c.and("name").regex((contains ? "" : "^") + Pattern.quote(name));
        }
        if (afterId != null) {
            c = c.and("_id").gt(afterId);
        }
        return mongo.find(Query.query(c).with(Sort.by("_id")).limit(limit), PublicEntityDocument.class).stream()
                .map(MongoEntityDirectory::of).toList();
    }

    private static PublicEntity of(PublicEntityDocument d) {
        return new PublicEntity(d.id(), d.name(), d.uscc(), d.regionCode(), d.objectType(), d.status());
    }
}
