package cn.shuangsuiji.draw.adapter.out.persistence;

import cn.shuangsuiji.draw.application.port.out.CheckRecordBook;
import cn.shuangsuiji.draw.application.port.out.RepeatCheckMarksStore;
import cn.shuangsuiji.draw.domain.check.CheckRecord;
import cn.shuangsuiji.draw.domain.check.RepeatCheckMarks;
import cn.shuangsuiji.draw.domain.check.RepeatCheckPolicy;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** MongoDB: the repeat-check facts ({@code draw_checks}) and each draw's marks ({@code draw_repeat_checks}). */
@Component
class RepeatCheckPersistenceAdapter implements CheckRecordBook, RepeatCheckMarksStore {

    private static final String CHECKS = "draw_checks";

    private final MongoTemplate mongo;

    RepeatCheckPersistenceAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The kept versions of the checks' keys in one query, then one unordered bulk of the upserts that are newer
     * (so none of them meets the key: inside a transaction a duplicate key would abort it). A check of a key that
     * a concurrent writer stores meanwhile conflicts (the caller's transaction is retried).
     */
    @Override
    public void recordAll(List<CheckRecord> checks) {
        Map<String, CheckRecord> latest = new LinkedHashMap<>();
        for (CheckRecord c : checks) {
            latest.merge(c.key(), c, (kept, next) -> next.version() > kept.version() ? next : kept);
        }
        Query kept = Query.query(Criteria.where("_id").in(latest.keySet()));
        kept.fields().include("version");
        Map<String, Integer> keptVersions = new HashMap<>();
        for (Document d : mongo.find(kept, Document.class, CHECKS)) {
            keptVersions.put(d.getString("_id"), d.getInteger("version", 0));
        }
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CheckRecordDocument.class);
        int writes = 0;
        for (CheckRecord c : latest.values()) {
            Integer version = keptVersions.get(c.key());
            if (version == null || version < c.version()) {
                bulk.upsert(olderOrAbsent(c), update(c));
                writes++;
            }
        }
        if (writes > 0) {
            bulk.execute();
        }
    }

    /** Matches the check's key only while it holds an older version (or none: the upsert inserts it). */
    private static Query olderOrAbsent(CheckRecord c) {
        return Query.query(Criteria.where("_id").is(c.key()).and("version").lt(c.version()));
    }

    private static Update update(CheckRecord c) {
        return new Update().set("inspectionId", c.inspectionId()).set("departmentId", c.departmentId())
                .set("entityId", c.entityId()).set("itemIds", c.itemIds()).set("checkDate", c.checkDate().toString())
                .set("year", c.checkDate().getYear()).set("version", c.version());
    }

    @Override
    public List<CheckRecord> checksOf(int year, Collection<String> itemIds) {
        Query q = Query.query(Criteria.where("year").is(year).and("itemIds").in(new HashSet<>(itemIds)));
        return mongo.find(q, CheckRecordDocument.class).stream()
                .map(d -> new CheckRecord(d.inspectionId(), d.departmentId(), d.entityId(), d.itemIds(),
                        LocalDate.parse(d.checkDate()), d.version()))
                .toList();
    }

    @Override
    public void save(String drawId, RepeatCheckMarks marks) {
        mongo.insert(new RepeatCheckMarksDocument(drawId, marks.policy().name(), marks.excluded(),
                marks.flagged().stream().sorted().toList()));
    }

    @Override
    public Optional<RepeatCheckMarks> marksOf(String drawId) {
        return Optional.ofNullable(mongo.findById(drawId, RepeatCheckMarksDocument.class))
                .map(d -> new RepeatCheckMarks(RepeatCheckPolicy.valueOf(d.policy()), d.excluded(),
                        new HashSet<>(d.flagged() == null ? List.of() : d.flagged())));
    }
}
