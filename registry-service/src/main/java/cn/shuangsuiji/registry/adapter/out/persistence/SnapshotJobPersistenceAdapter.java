package cn.shuangsuiji.registry.adapter.out.persistence;

import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.SNAPSHOT_JOBS;

import cn.shuangsuiji.registry.application.port.out.SnapshotJobRepository;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotId;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotJob;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotJobState;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotKind;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Snapshot confirmation jobs ({@code snapshot_jobs}) with their lease ({@code leaseUntil}). */
@Component
class SnapshotJobPersistenceAdapter implements SnapshotJobRepository {

    private static final List<String> UNFINISHED = List.of(SnapshotJobState.QUEUED.name(),
            SnapshotJobState.RUNNING.name());

    private final MongoTemplate mongo;

    SnapshotJobPersistenceAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(SnapshotJob j, Instant leaseUntil) {
        mongo.getCollection(SNAPSHOT_JOBS).insertOne(new Document("_id", j.id())
                .append("snapshotId", j.snapshotId().value()).append("kind", j.kind().name())
                .append("departmentIds", j.scope().departmentIds()).append("regionCodes", j.scope().regionCodes())
                .append("objectTypes", j.scope().objectTypes()).append("state", j.state().name())
                .append("recordsDone", j.recordsDone()).append("recordCount", j.recordCount())
                .append("startedBy", j.startedBy()).append("createdAt", BsonValues.instant(j.createdAt()))
                .append("leaseUntil", BsonValues.instant(leaseUntil)));
    }

    @Override
    public void started(String jobId, Instant startedAt) {
        mongo.updateFirst(unfinished(jobId), new Update().set("state", SnapshotJobState.RUNNING.name())
                .set("startedAt", BsonValues.instant(startedAt)), SNAPSHOT_JOBS);
    }

    @Override
    public void heartbeat(Map<String, Long> recordsDone, Instant leaseUntil) {
        recordsDone.forEach((id, done) -> mongo.updateFirst(unfinished(id), new Update()
                .set("leaseUntil", BsonValues.instant(leaseUntil)).max("recordsDone", done), SNAPSHOT_JOBS));
    }

    @Override
    public boolean finish(SnapshotJob j) {
        Update end = new Update().set("state", j.state().name()).set("recordsDone", j.recordsDone())
                .set("recordCount", j.recordCount()).set("failureCode", j.failureCode())
                .set("failureMessage", j.failureMessage()).set("finishedAt", BsonValues.instant(j.finishedAt()))
                .unset("leaseUntil");
        return mongo.updateFirst(unfinished(j.id()), end, SNAPSHOT_JOBS).getModifiedCount() == 1;
    }

    @Override
    public List<SnapshotJob> findWithExpiredLease(Instant now) {
        Query expired = Query.query(new Criteria().andOperator(Criteria.where("state").in(UNFINISHED),
                new Criteria().orOperator(Criteria.where("leaseUntil").lt(BsonValues.instant(now)),
                        Criteria.where("leaseUntil").exists(false))));
        return mongo.find(expired, Document.class, SNAPSHOT_JOBS).stream().map(SnapshotJobPersistenceAdapter::job)
                .toList();
    }

    @Override
    public Optional<SnapshotJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, SNAPSHOT_JOBS))
                .map(SnapshotJobPersistenceAdapter::job);
    }

    private static Query unfinished(String id) {
        return Query.query(Criteria.where("_id").is(id).and("state").in(UNFINISHED));
    }

    private static SnapshotJob job(Document d) {
        return new SnapshotJob(d.getString("_id"), new SnapshotId(d.getString("snapshotId")),
                SnapshotKind.valueOf(d.getString("kind")), new SnapshotScope(BsonValues.strings(d, "departmentIds"),
                BsonValues.strings(d, "regionCodes"), BsonValues.strings(d, "objectTypes")),
                SnapshotJobState.valueOf(d.getString("state")), BsonValues.number(d, "recordsDone"),
                BsonValues.number(d, "recordCount"), d.getString("failureCode"), d.getString("failureMessage"),
                d.getString("startedBy"), BsonValues.instant(d.get("createdAt")),
                BsonValues.instant(d.get("startedAt")), BsonValues.instant(d.get("finishedAt")));
    }
}
