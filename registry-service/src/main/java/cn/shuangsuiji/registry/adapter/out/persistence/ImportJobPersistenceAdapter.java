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
import com.mongodb.client.model.ReplaceOptions;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Import jobs ({@code import_jobs}) and their row errors ({@code import_errors}). */
@Component
class ImportJobPersistenceAdapter implements ImportJobRepository {

    private final MongoTemplate mongo;

    ImportJobPersistenceAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void save(ImportJob j) {
        Document doc = new Document("_id", j.id()).append("kind", j.kind().name()).append("fileName", j.fileName())
                .append("format", j.format() == null ? null : j.format().name()).append("state", j.state().name())
                .append("totalRows", j.totalRows()).append("rowsDone", j.rowsDone()).append("created", j.created())
                .append("updated", j.updated()).append("unchanged", j.unchanged()).append("rejected", j.rejected())
                .append("failureCode", j.failureCode()).append("failureMessage", j.failureMessage())
                .append("startedBy", j.startedBy()).append("createdAt", BsonValues.instant(j.createdAt()))
                .append("startedAt", BsonValues.instant(j.startedAt()))
                .append("finishedAt", BsonValues.instant(j.finishedAt()));
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            mongo.save(doc, IMPORT_JOBS);
        } else {
            mongo.getCollection(IMPORT_JOBS).replaceOne(new Document("_id", j.id()), doc,
                    new ReplaceOptions().upsert(true));
        }
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
