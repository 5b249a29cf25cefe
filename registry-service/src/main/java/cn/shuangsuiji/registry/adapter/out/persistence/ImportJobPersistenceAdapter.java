package cn.shuangsuiji.registry.adapter.out.persistence;

import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.IMPORT_ERRORS;
import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.IMPORT_JOBS;

import cn.shuangsuiji.registry.application.port.out.ImportJobRepository;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.importing.ImportJob;
import cn.shuangsuiji.registry.domain.importing.ImportKind;
import cn.shuangsuiji.registry.domain.importing.ImportState;
import cn.shuangsuiji.registry.domain.importing.RowError;
import com.mongodb.client.model.InsertManyOptions;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Import jobs ({@code import_jobs}) and their row errors ({@code import_errors}). */
@Component
class ImportJobPersistenceAdapter implements ImportJobRepository {

    private final MongoTemplate mongo;

    ImportJobPersistenceAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(ImportJob j) {
        mongo.upsert(Query.query(Criteria.where("_id").is(j.id())), fields(j), IMPORT_JOBS);
    }

    @Override
    public void save(ImportJob j, Instant leaseUntil) {
        mongo.upsert(Query.query(Criteria.where("_id").is(j.id())),
                fields(j).set("leaseUntil", BsonValues.instant(leaseUntil)), IMPORT_JOBS);
    }

    private static Update fields(ImportJob j) {
        return new Update().set("kind", j.kind().name())
                .set("fileName", j.fileName()).set("format", j.format() == null ? null : j.format().name())
                .set("state", j.state().name()).set("totalRows", j.totalRows()).set("rowsDone", j.rowsDone())
                .set("created", j.created()).set("updated", j.updated()).set("unchanged", j.unchanged())
                .set("rejected", j.rejected()).set("failureCode", j.failureCode())
                .set("failureMessage", j.failureMessage()).set("startedBy", j.startedBy())
                .set("createdAt", BsonValues.instant(j.createdAt())).set("startedAt", BsonValues.instant(j.startedAt()))
                .set("finishedAt", BsonValues.instant(j.finishedAt()));
    }

    @Override
    public void addBatch(String jobId, long rows, long created, long updated, long unchanged, long rejected) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(jobId)), new Update().inc("rowsDone", rows)
                .inc("created", created).inc("updated", updated).inc("unchanged", unchanged)
                .inc("rejected", rejected), IMPORT_JOBS);
    }

    @Override
    public boolean finish(ImportJob j) {
        Query unfinished = Query.query(Criteria.where("_id").is(j.id())
                .and("state").in(ImportState.QUEUED.name(), ImportState.RUNNING.name()));
        Update end = new Update().set("state", j.state().name()).set("totalRows", j.totalRows())
                .set("rowsDone", j.rowsDone()).set("created", j.created()).set("updated", j.updated())
                .set("unchanged", j.unchanged()).set("rejected", j.rejected()).set("failureCode", j.failureCode())
                .set("failureMessage", j.failureMessage()).set("finishedAt", BsonValues.instant(j.finishedAt()))
                .unset("leaseUntil");
        return mongo.updateFirst(unfinished, end, IMPORT_JOBS).getModifiedCount() == 1;
    }

    @Override
    public void renewLeases(Collection<String> jobIds, Instant until) {
        if (!jobIds.isEmpty()) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(jobIds)
                    .and("state").in(ImportState.QUEUED.name(), ImportState.RUNNING.name())),
                    new Update().set("leaseUntil", BsonValues.instant(until)), IMPORT_JOBS);
        }
    }

    @Override
    public List<ImportJob> findWithExpiredLease(Instant now) {
        Query expired = Query.query(new Criteria().andOperator(
                Criteria.where("state").in(ImportState.QUEUED.name(), ImportState.RUNNING.name()),
                new Criteria().orOperator(Criteria.where("leaseUntil").lt(BsonValues.instant(now)),
                        Criteria.where("leaseUntil").exists(false))));
        return mongo.find(expired, Document.class, IMPORT_JOBS).stream()
                .map(d -> find(d.getString("_id")).orElseThrow()).toList();
    }

    @Override
    public Optional<ImportJob> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Document.class, IMPORT_JOBS)).map(d -> new ImportJob(id,
                ImportKind.valueOf(d.getString("kind")), d.getString("fileName"),
                d.getString("format") == null ? null : FileFormat.valueOf(d.getString("format")),
                ImportState.valueOf(d.getString("state")), BsonValues.number(d, "totalRows"),
                BsonValues.number(d, "rowsDone"), BsonValues.number(d, "created"), BsonValues.number(d, "updated"),
                BsonValues.number(d, "unchanged"), BsonValues.number(d, "rejected"), d.getString("failureCode"),
                d.getString("failureMessage"), d.getString("startedBy"), BsonValues.instant(d.get("createdAt")),
                BsonValues.instant(d.get("startedAt")), BsonValues.instant(d.get("finishedAt"))));
    }

    @Override
    public void appendErrors(String jobId, List<RowError> errors) {
        mongo.getCollection(IMPORT_ERRORS).insertMany(errors.stream().map(e -> new Document("jobId", jobId)
                .append("line", e.line()).append("field", e.field()).append("code", e.code())
                .append("message", e.message())).toList(), new InsertManyOptions().ordered(false));
    }

    @Override
    public void forEachError(String jobId, Consumer<RowError> sink) {
        Query query = Query.query(Criteria.where("jobId").is(jobId)).with(Sort.by("line", "_id"));
        try (var stream = mongo.stream(query, Document.class, IMPORT_ERRORS)) {
            stream.forEach(d -> sink.accept(new RowError(BsonValues.number(d, "line"), d.getString("field"),
                    d.getString("code"), d.getString("message"))));
        }
    }
}
