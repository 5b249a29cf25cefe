package cn.shuangsuiji.draw.adapter.out.persistence;

import cn.shuangsuiji.draw.application.port.out.DrawJobRepository;
import cn.shuangsuiji.draw.domain.job.DrawJob;
import cn.shuangsuiji.draw.domain.job.DrawJobKind;
import cn.shuangsuiji.draw.domain.job.DrawJobState;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Draw jobs ({@code draw_jobs}) with their lease ({@code leaseUntil}); written outside the draws' transactions. */
@Component
class DrawJobPersistenceAdapter implements DrawJobRepository {

    static final String DRAW_JOBS = "draw_jobs";
    private static final List<String> UNFINISHED = List.of(DrawJobState.QUEUED.name(), DrawJobState.RUNNING.name());

    private final MongoTemplate mongo;

    DrawJobPersistenceAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void insert(DrawJob j, Instant leaseUntil) {
        mongo.getCollection(DRAW_JOBS).insertOne(new Document("_id", j.id()).append("kind", j.kind().name())
                .append("planId", j.planId()).append("taskId", j.taskId()).append("drawId", j.drawId())
                .append("state", j.state().name()).append("startedBy", j.startedBy())
                .append("departmentId", j.departmentId()).append("createdAt", date(j.createdAt()))
                .append("leaseUntil", date(leaseUntil)));
    }

    @Override
    public void started(String jobId, Instant startedAt) {
        mongo.updateFirst(unfinished(jobId), new Update().set("state", DrawJobState.RUNNING.name())
                .set("startedAt", date(startedAt)), DRAW_JOBS);
    }

    @Override
    public void renewLeases(Collection<String> jobIds, Instant leaseUntil) {
        if (!jobIds.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(jobIds).and("state").in(UNFINISHED)),
                    new Update().set("leaseUntil", date(leaseUntil)), DRAW_JOBS);
        }
    }

    @Override
    public boolean finish(DrawJob j) {
        Update end = new Update().set("state", j.state().name()).set("drawId", j.drawId())
                .set("failureCode", j.failureCode()).set("failureTitle", j.failureTitle())
                .set("failureDetail", j.failureDetail()).set("failureKind", j.failureKind())
                .set("finishedAt", date(j.finishedAt())).unset("leaseUntil");
        // a job the recovery took for dead (its lease starved on an overloaded machine) that then stored its draw
        // is COMPLETED after all: the draw exists, and the job says so
        Query open = j.state() == DrawJobState.COMPLETED
                ? Query.query(Criteria.where("_id").is(j.id()).and("state").in(DrawJobState.QUEUED.name(),
                        DrawJobState.RUNNING.name(), DrawJobState.INTERRUPTED.name()))
                : unfinished(j.id());
        return mongo.updateFirst(open, end, DRAW_JOBS).getModifiedCount() == 1;
    }

    @Override
    public List<DrawJob> findWithExpiredLease(Instant now) {
        Query expired = Query.query(new Criteria().andOperator(Criteria.where("state").in(UNFINISHED),
                new Criteria().orOperator(Criteria.where("leaseUntil").lt(date(now)),
                        Criteria.where("leaseUntil").exists(false))));
        return mongo.find(expired, Document.class, DRAW_JOBS).stream().map(DrawJobPersistenceAdapter::job).toList();
    }

    @Override
    public Optional<DrawJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, DRAW_JOBS)).map(DrawJobPersistenceAdapter::job);
    }

    private static Query unfinished(String id) {
        return Query.query(Criteria.where("_id").is(id).and("state").in(UNFINISHED));
    }

    private static DrawJob job(Document d) {
        return new DrawJob(d.getString("_id"), DrawJobKind.valueOf(d.getString("kind")), d.getString("planId"),
                d.getString("taskId"), d.getString("drawId"), DrawJobState.valueOf(d.getString("state")),
                d.getString("failureCode"), d.getString("failureTitle"), d.getString("failureDetail"),
                d.getString("failureKind"), d.getString("startedBy"), d.getString("departmentId"),
                instant(d.getDate("createdAt")), instant(d.getDate("startedAt")), instant(d.getDate("finishedAt")));
    }

    private static Date date(Instant i) {
        return i == null ? null : Date.from(i);
    }

    private static Instant instant(Date d) {
        return d == null ? null : d.toInstant();
    }
}
