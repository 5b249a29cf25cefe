package cn.shuangsuiji.registry.adapter.out.persistence;

import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.platform.trace.TraceIds;
import cn.shuangsuiji.registry.application.port.out.HistoryRepository;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.history.HistoryEntry;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.privacy.Masking;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.HISTORY;

/**
 * Appends history entries ({@code registry_history}); they are never updated or deleted. Each entry records the
 * authenticated caller (subject, roles, department, client, trace id) and feeds the platform audit trail
 * ({@link AuditTrail}, masked) in the same transaction: one mechanism, two views. A bulk import's row changes
 * stay in the history only; the import as a whole is one audit entry ({@code import.complete}).
 */
@Component
class HistoryPersistenceAdapter implements HistoryRepository {

    private final MongoTemplate mongo;
    private final AuditTrail audit;

    HistoryPersistenceAdapter(MongoTemplate mongo, AuditTrail audit) {
        this.mongo = mongo;
        this.audit = audit;
    }

    @Override
    public void appendEntityChanges(List<Change<RegulatedEntity>> changes) {
        append("ENTITY", changes, e -> e.id().value(), RegulatedEntity::version, EntityDocuments::toDocument);
    }

    @Override
    public void appendInspectorChanges(List<Change<Inspector>> changes) {
        append("INSPECTOR", changes, i -> i.id().value(), Inspector::version, InspectorDocuments::toDocument);
    }

    @Override
    public void appendCreditChange(String entityId, long entityVersion, java.util.Map<String, Object> before,
                                   java.util.Map<String, Object> after, Actor actor, java.time.Instant at,
                                   String source) {
        // through the template, so that it joins the consumer's transaction
        mongo.insert(new Document("recordKind", "ENTITY").append("recordId", entityId)
                .append("version", entityVersion).append("action", "CREDIT_FEEDBACK")
                .append("actor", actor.subject()).append("actorName", actor.name())
                .append("actorRoles", actor.roles().stream().map(Role::name).sorted().toList())
                .append("actorDepartment", actor.departmentId()).append("clientId", actor.clientId())
                .append("traceId", TraceIds.current()).append("at", BsonValues.instant(at)).append("source", source)
                .append("before", new Document(before)).append("after", new Document(after)), HISTORY);
    }

    private <T> void append(String kind, List<Change<T>> changes, Function<T, String> id, Function<T, Long> version,
                            Function<T, Document> mapper) {
        if (changes.isEmpty()) {
            return;
        }
        List<Document> docs = new ArrayList<>(changes.size());
        String traceId = TraceIds.current();
        for (Change<T> c : changes) {
            Actor a = c.actor();
            Document before = c.before() == null ? null : strip(mapper.apply(c.before()));
            Document after = strip(mapper.apply(c.after()));
            docs.add(new Document("recordKind", kind).append("recordId", id.apply(c.after()))
                    .append("version", version.apply(c.after())).append("action", c.action())
                    .append("actor", a.subject()).append("actorName", a.name())
                    .append("actorRoles", a.roles().stream().map(Role::name).sorted().toList())
                    .append("actorDepartment", a.departmentId()).append("clientId", a.clientId())
                    .append("traceId", traceId)
                    .append("at", BsonValues.instant(c.at())).append("source", c.source())
                    .append("before", before).append("after", after));
            if ("api".equals(c.source())) {
                audit.record(a, kind.toLowerCase(java.util.Locale.ROOT) + "." + c.action().toLowerCase(
                                java.util.Locale.ROOT), kind.equals("ENTITY") ? "Entity" : "Inspector",
                        id.apply(c.after()), owner(kind, after), Masking.record(before), Masking.record(after));
            }
        }
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            mongo.insert(docs, HISTORY);
        } else {
            mongo.getCollection(HISTORY).insertMany(docs, new InsertManyOptions().ordered(false));
        }
    }

    /** The department owning the record: an inspector's department, an entity's first supervision scope. */
    private static String owner(String kind, Document after) {
        if ("INSPECTOR".equals(kind)) {
            return after.getString("departmentId");
        }
        List<String> scopes = BsonValues.strings(after, "scopes");
        return scopes.isEmpty() ? null : scopes.get(0);
    }

    /** The record's fields a history entry shows: not its id, registration time or stored party keys. */
    private static Document strip(Document doc) {
        doc.remove("_id");
        doc.remove("registeredAt");
        doc.remove(StoredPartyKeys.KEYS);
        doc.remove(StoredPartyKeys.OF);
        return doc;
    }

    /**
     * Entries of one record, oldest first. An entity created by a bulk import has no stored creation entry (one
     * write per row fewer): its creation (who, when, which import job) is kept on the record itself and shown as
     * the first entry; its content at creation is the {@code before} of the first later change.
     */
    @Override
    public List<HistoryEntry> of(String recordKind, String recordId) {
        Query query = Query.query(Criteria.where("recordId").is(recordId).and("recordKind").is(recordKind))
                .with(Sort.by("at", "_id"));
        List<HistoryEntry> entries = new ArrayList<>(mongo.find(query, Document.class, HISTORY).stream()
                .map(d -> new HistoryEntry(d.getString("recordKind"), d.getString("recordId"),
                        BsonValues.number(d, "version"), d.getString("action"), d.getString("actor"),
                        d.getList("actorRoles", String.class), d.getString("actorDepartment"),
                        d.getString("clientId"), d.getString("traceId"), BsonValues.instant(d.get("at")), d.getString("source"), plain(d.get("before", Document.class)),
                        plain(d.get("after", Document.class)))).toList());
        if ("ENTITY".equals(recordKind)) {
            Document created = mongo.findById(recordId, Document.class, RegistrySchema.ENTITIES);
            if (created != null && created.getString("source") != null) {
                entries.add(0, new HistoryEntry(recordKind, recordId, 1, "IMPORTED_NEW", created.getString("createdBy"),
                        BsonValues.instant(created.get("registeredAt")), created.getString("source"), null,
                        entries.isEmpty() ? plain(strip(created)) : entries.get(0).before()));
            }
        }
        return entries;
    }

    private static Map<String, Object> plain(Document doc) {
        if (doc == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        doc.forEach((k, v) -> map.put(k, v instanceof java.util.Date date ? date.toInstant()
                : v instanceof Document nested ? plain(nested) : v));
        return map;
    }
}
