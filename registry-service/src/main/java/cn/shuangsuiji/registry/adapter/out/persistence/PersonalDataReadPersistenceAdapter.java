package cn.shuangsuiji.registry.adapter.out.persistence;

import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.PERSONAL_DATA_READS;

import cn.shuangsuiji.registry.application.port.out.PersonalDataReadRepository;
import cn.shuangsuiji.registry.domain.privacy.PersonalDataRead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The personal-data read log as BSON documents in {@code personal_data_reads}. */
@Component
class PersonalDataReadPersistenceAdapter implements PersonalDataReadRepository {

    private final MongoTemplate mongo;

    PersonalDataReadPersistenceAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void append(PersonalDataRead r) {
        mongo.getCollection(PERSONAL_DATA_READS).insertOne(new Document("at", BsonValues.instant(r.at()))
                .append("subject", r.subject()).append("readerName", r.readerName()).append("roles", r.roles())
                .append("readerDepartment", r.readerDepartment()).append("clientId", r.clientId())
                .append("traceId", r.traceId()).append("recordKind", r.recordKind())
                .append("recordId", r.recordId()).append("department", r.department())
                .append("fields", r.fields()).append("records", r.records()));
    }

    @Override
    public List<PersonalDataRead> of(Collection<String> departments, Instant before, int limit) {
        Document filter = new Document("department", new Document("$in", List.copyOf(departments)));
        if (before != null) {
            filter.append("at", new Document("$lt", BsonValues.instant(before)));
        }
        List<PersonalDataRead> reads = new ArrayList<>();
        mongo.getCollection(PERSONAL_DATA_READS).find(filter).sort(new Document("at", -1).append("_id", -1))
                .limit(limit).forEach(d -> reads.add(new PersonalDataRead(BsonValues.instant(d.get("at")),
                        d.getString("subject"), d.getString("readerName"), d.getList("roles", String.class),
                        d.getString("readerDepartment"), d.getString("clientId"), d.getString("traceId"),
                        d.getString("recordKind"), d.getString("recordId"), d.getString("department"),
                        d.getList("fields", String.class), BsonValues.number(d, "records"))));
        return reads;
    }
}
