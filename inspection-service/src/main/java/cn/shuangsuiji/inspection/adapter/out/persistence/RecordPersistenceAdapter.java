package cn.shuangsuiji.inspection.adapter.out.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.PartStatus;
import cn.shuangsuiji.platform.mongo.StoredIds;
import com.mongodb.client.result.UpdateResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.ReplaceOptions;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Joint inspection records in MongoDB, one document each, changed under optimistic concurrency. */
@Component
class RecordPersistenceAdapter implements InspectionRecords {

    private static final List<String> ACTIVE = List.of("OPEN", "CLOSED");
    private static final String COLLECTION = "inspection_records";

    private final MongoTemplate mongo;

    RecordPersistenceAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<InspectionRecord> find(InspectionId id) {
        return Optional.ofNullable(mongo.findById(id.value(), InspectionRecordDocument.class))
                .map(RecordMapper::toDomain);
    }

    @Override
    public List<InspectionRecord> findByDraw(String drawId) {
        return find(new Query(where("drawId").is(drawId)).with(Sort.by("_id")));
    }

    @Override
    public boolean insert(InspectionRecord record) {
        if (mongo.exists(new Query(where("_id").is(record.id().value())), InspectionRecordDocument.class)) {
            return false;
        }
        try {
            mongo.insert(RecordMapper.toDocument(record, 0));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /** One query for the ids stored already, one bulk insert of the others (a draw's hundreds of records). */
    @Override
    public int insertAll(List<InspectionRecord> records) {
        if (records.isEmpty()) {
            return 0;
        }
        Set<String> stored = StoredIds.matching(mongo, COLLECTION,
                where("_id").in(records.stream().map(r -> r.id().value()).toList()));
        List<InspectionRecordDocument> fresh = new ArrayList<>();
        for (InspectionRecord record : records) {
            if (stored.add(record.id().value())) {
                fresh.add(RecordMapper.toDocument(record, 0));
            }
        }
        if (!fresh.isEmpty()) {
            mongo.insert(fresh, InspectionRecordDocument.class);
        }
        return fresh.size();
    }

    @Override
    public long update(InspectionRecord record) {
        long next = record.version() + 1;
        UpdateResult replaced = mongo.replace(
                new Query(where("_id").is(record.id().value()).and("version").is(record.version())),
                RecordMapper.toDocument(record, next), ReplaceOptions.none(), COLLECTION);
        if (replaced.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("inspection record " + record.id() + " changed since read");
        }
        return next;
    }

    @Override
    public List<InspectionRecord> tasksOf(String inspectorId, int limit) {
        return find(new Query(where("team.inspectorId").is(inspectorId).and("status").is("OPEN"))
                .with(Sort.by(Sort.Direction.DESC, "openedAt")).limit(limit));
    }

    @Override
    public List<InspectionRecord> overdue(Collection<String> departmentIds, String jointOfficeId, LocalDate today,
                                          int limit) {
        Criteria late = new Criteria().orOperator(
                where("hasOverdue").is(true),
                new Criteria().andOperator(where("status").ne(PartStatus.SUBMITTED.name()),
                        where("dueDates.resultEntry").lt(today)));
        Criteria part = departmentIds.isEmpty() ? late
                : new Criteria().andOperator(where("departmentId").in(departmentIds), late);
        Criteria criteria = where("status").in(ACTIVE).and("parts").elemMatch(part);
        if (jointOfficeId != null) {
            criteria = criteria.and("jointOfficeId").is(jointOfficeId);
        }
        return find(new Query(criteria).with(Sort.by("_id")).limit(limit));
    }

    @Override
    public List<InspectionRecord> withDueDateBefore(LocalDate today, int limit, String afterId) {
        Criteria criteria = where("status").in(ACTIVE).orOperator(
                where("parts").elemMatch(new Criteria().andOperator(where("status").ne(PartStatus.SUBMITTED.name()),
                        where("dueDates.resultEntry").lt(today))),
                where("parts").elemMatch(new Criteria().andOperator(where("status").is(PartStatus.SUBMITTED.name()),
                        where("dueDates.violationReferral").lt(today))));
        if (afterId != null) {
            criteria = new Criteria().andOperator(criteria, where("_id").gt(afterId));
        }
        return find(new Query(criteria).with(Sort.by("_id")).limit(limit));
    }

    @Override
    public List<InspectionRecord> resultsOfEntity(String entityId) {
        return find(new Query(where("entityId").is(entityId).and("anySubmitted").is(true).and("status").in(ACTIVE))
                .with(Sort.by("_id")));
    }

    @Override
    public long nameEntity(String entityId, String entityName, String uscc) {
        if (entityName == null) {
            return 0;
        }
        return mongo.updateMulti(new Query(where("entityId").is(entityId).and("entityName").is(null)),
                new Update().set("entityName", entityName).set("uscc", uscc).inc("version", 1),
                InspectionRecordDocument.class).getModifiedCount();
    }

    @Override
    public Set<String> unnamedEntities(Collection<String> entityIds) {
        if (entityIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(mongo.findDistinct(new Query(where("entityId").in(entityIds)
                .and("entityName").is(null)), "entityId", InspectionRecordDocument.class, String.class));
    }

    private List<InspectionRecord> find(Query query) {
        List<InspectionRecord> found = new ArrayList<>();
        for (InspectionRecordDocument document : mongo.find(query, InspectionRecordDocument.class)) {
            found.add(RecordMapper.toDomain(document));
        }
        return found;
    }
}
