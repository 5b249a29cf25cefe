package cn.shuangsuiji.disclosure.adapter.out.persistence;

import cn.shuangsuiji.contracts.disclosure.PublicResult;
import cn.shuangsuiji.disclosure.application.port.in.ResultFilter;
import cn.shuangsuiji.disclosure.application.port.out.ResultViews;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Result announcements in MongoDB. */
@Component
class MongoResultViews implements ResultViews {

    private static final String COLLECTION = "public_results";
    private static final Document JSON_ONLY = new Document("json", 1);
    private static final Document BY_ID = new Document("_id", 1);

    private final MongoTemplate mongo;
    private final DossierJson json;

    MongoResultViews(MongoTemplate mongo, DossierJson json) {
        this.mongo = mongo;
        this.json = json;
    }

    @Override
    public Optional<PublicResult> find(String resultId) {
        return Optional.ofNullable(mongo.findById(resultId, ResultDocument.class)).map(this::result);
    }

    @Override
    public Map<String, PublicResult> findAll(Collection<String> resultIds) {
        Map<String, PublicResult> found = new HashMap<>();
        if (resultIds.isEmpty()) {
            return found;
        }
        for (ResultDocument d : mongo.find(Query.query(Criteria.where("_id").in(resultIds)), ResultDocument.class)) {
            found.put(d.id(), result(d));
        }
        return found;
    }

    @Override
    public void saveAll(Collection<PublicResult> results) {
        if (!results.isEmpty()) {
            // each whole document replaced by id, inserted if new
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ResultDocument.class);
            for (PublicResult r : results) {
                bulk.replaceOne(Query.query(Criteria.where("_id").is(r.resultId())), document(r),
                        FindAndReplaceOptions.options().upsert());
            }
            bulk.execute();
        }
    }

    private ResultDocument document(PublicResult r) {
        return new ResultDocument(r.resultId(), r.uscc(), r.entityName(), r.departmentId(), r.planId(),
                r.checkDate() == null ? null : r.checkDate().toString(), json.write(r));
    }

    @Override
    public List<PublicResult> page(ResultFilter f, String afterId, int limit) {
        return mongo.find(Query.query(criteria(f, afterId)).with(Sort.by("_id")).limit(limit), ResultDocument.class)
                .stream().map(this::result).toList();
    }

    /**
     * The stored JSON only (projection), read with the driver's own codec: no mapping to {@link ResultDocument}, no
     * decoding of the announcement. The query is the one of {@link #page}, served by the same compound indexes.
     */
    @Override
    public List<Stored> pageJson(ResultFilter f, String afterId, int limit) {
        List<Stored> rows = new ArrayList<>(Math.min(limit, 64));
        for (Document d : mongo.getCollection(COLLECTION).find(Query.query(criteria(f, afterId))
                .getQueryObject()).projection(JSON_ONLY).sort(BY_ID).limit(limit)) {
            rows.add(new Stored(d.getString("_id"), d.getString("json")));
        }
        return rows;
    }

    private static Criteria criteria(ResultFilter f, String afterId) {
        Criteria c = new Criteria();
        if (f.uscc() != null) {
            c = c.and("uscc").is(f.uscc());
        }
        if (f.name() != null) {
            c = c.and("entityName").regex((f.contains() ? "" : "^") + Pattern.quote(f.name()));
        }
        if (f.departmentId() != null) {
            c = c.and("departmentId").is(f.departmentId());
        }
        if (f.planId() != null) {
            c = c.and("planId").is(f.planId());
        }
        if (f.from() != null || f.to() != null) {
            Criteria on = Criteria.where("checkDate");
            if (f.from() != null) {
                on = on.gte(f.from().toString());
            }
            if (f.to() != null) {
                on = on.lte(f.to().toString());
            }
            c = c.andOperator(on);
        }
        if (afterId != null) {
            c = c.and("_id").gt(afterId);
        }
        return c;
    }

    @Override
    public List<PublicResult> all() {
        return mongo.find(new Query().with(Sort.by("_id")), ResultDocument.class).stream().map(this::result).toList();
    }

    private PublicResult result(ResultDocument d) {
        return json.read(d.json(), PublicResult.class);
    }
}
