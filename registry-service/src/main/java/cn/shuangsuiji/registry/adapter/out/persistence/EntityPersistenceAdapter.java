package cn.shuangsuiji.registry.adapter.out.persistence;

import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.ENTITIES;

import cn.shuangsuiji.registry.application.port.in.EntityQuery;
import cn.shuangsuiji.registry.application.port.out.EntityRepository;
import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import cn.shuangsuiji.registry.domain.snapshot.EntitySnapshotRow;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.RawBsonDocumentCodec;
import org.bson.codecs.configuration.CodecRegistries;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Stores entities as hand-mapped BSON documents (fast for bulk import and snapshot streaming). */
@Component
class EntityPersistenceAdapter implements EntityRepository {

    private static final int DUPLICATE_KEY = 11000;

    /**
     * Snapshot pipeline: documents or rows handed from one thread to the next at a time; documents per cursor batch;
     * hand-offs the fetcher may be ahead of the decoder (more than a cursor batch, so it can ask for the next batch
     * while the decoder works on the last one: about 10 MB of BSON at most) and the decoder ahead of the writer.
     */
    private static final int SNAPSHOT_BATCH = 2_000;
    private static final int SNAPSHOT_CURSOR_BATCH = 20_000;
    private static final int FETCHED_DEPTH = 12;
    private static final int DECODED_DEPTH = 4;

    private final MongoTemplate mongo;
    private final Pseudonyms pseudonyms;
    private final EntitySnapshotRowCodec snapshotRows;

    EntityPersistenceAdapter(MongoTemplate mongo, Pseudonyms pseudonyms) {
        this.mongo = mongo;
        this.pseudonyms = pseudonyms;
        this.snapshotRows = new EntitySnapshotRowCodec(pseudonyms);
    }

    /**
     * The stored form of an entity: its document with its party keys (回避关联键) computed once, here, at every write
     * (registration, revision, import), so a snapshot confirmation reads them instead of computing a keyed hash per
     * identifier of every entity ({@link StoredPartyKeys}).
     */
    private Document stored(RegulatedEntity entity) {
        return StoredPartyKeys.put(EntityDocuments.toDocument(entity), entity, pseudonyms);
    }

    @Override
    public Optional<RegulatedEntity> find(EntityId id) {
        return Optional.ofNullable(mongo.findById(id.value(), Document.class, ENTITIES))
                .map(EntityDocuments::toDomain);
    }

    @Override
    public List<String> idsWithPartyNamed(String name, int limit) {
        Query query = Query.query(new Criteria().orOperator(Criteria.where("legalRepresentative").is(name),
                Criteria.where("holders.name").is(name))).with(org.springframework.data.domain.Sort.by("_id"))
                .limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, ENTITIES).stream().map(d -> d.getString("_id")).toList();
    }

    @Override
    public Optional<RegulatedEntity> findByFormerId(EntityId formerId) {
        Document alias = mongo.findById(formerId.value(), Document.class, RegistrySchema.ENTITY_ID_ALIASES);
        return alias == null ? Optional.empty() : find(new EntityId(alias.getString("entityId")));
    }

    @Override
    public Map<EntityId, RegulatedEntity> findAll(Collection<EntityId> ids) {
        Map<EntityId, RegulatedEntity> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Query query = Query.query(Criteria.where("_id").in(ids.stream().map(EntityId::value).toList()));
        for (Document doc : mongo.find(query, Document.class, ENTITIES)) {
            RegulatedEntity e = EntityDocuments.toDomain(doc);
            found.put(e.id(), e);
        }
        return found;
    }

    @Override
    public void insert(RegulatedEntity entity) {
        mongo.insert(stored(entity), ENTITIES);
    }

    @Override
    public boolean update(RegulatedEntity entity, long expectedVersion) {
        Query query = Query.query(Criteria.where("_id").is(entity.id().value()).and("version").is(expectedVersion));
        return mongo.updateFirst(query, replaceFields(entity), ENTITIES).getMatchedCount() == 1;
    }

    /** Replaces the record's fields but keeps who created it and from where. */
    private Update replaceFields(RegulatedEntity entity) {
        Document doc = stored(entity);
        doc.remove("_id");
        Document unset = new Document();
        for (String optional : StoredPartyKeys.OPTIONAL_FIELDS) {
            if (!doc.containsKey(optional)) {
                unset.append(optional, "");
            }
        }
        Document update = new Document("$set", doc);
        if (!unset.isEmpty()) {
            update.append("$unset", unset);
        }
        return Update.fromDocument(update);
    }

    @Override
    public void bulkWrite(List<RegulatedEntity> inserts, List<RegulatedEntity> replacements, String actor,
                          String source) {
        if (!inserts.isEmpty()) {
            List<Document> docs = new ArrayList<>(inserts.size());
            inserts.forEach(e -> docs.add(stored(e).append("createdBy", actor)
                    .append("source", source)));
            mongo.getCollection(ENTITIES).insertMany(docs, new InsertManyOptions().ordered(false));
        }
        if (!replacements.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, ENTITIES);
            replacements.forEach(e -> bulk.updateOne(Query.query(Criteria.where("_id").is(e.id().value())),
                    replaceFields(e)));
            bulk.execute();
        }
    }

    @Override
    public Set<EntityId> insertNew(List<RegulatedEntity> entities, String actor, String source) {
        Set<EntityId> existing = new HashSet<>();
        if (entities.isEmpty()) {
            return existing;
        }
        List<Document> docs = new ArrayList<>(entities.size());
        entities.forEach(e -> docs.add(stored(e).append("createdBy", actor)
                .append("source", source)));
        try {
            mongo.getCollection(ENTITIES).insertMany(docs, new InsertManyOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                existing.add(entities.get(error.getIndex()).id());
            }
        }
        return existing;
    }

    @Override
    public long countCreatedBy(String source) {
        return mongo.count(Query.query(Criteria.where("source").is(source)), ENTITIES);
    }

    @Override
    public List<RegulatedEntity> page(EntityQuery q) {
        Query query = new Query(criteria(q)).with(org.springframework.data.domain.Sort.by("_id")).limit(q.limit());
        return mongo.find(query, Document.class, ENTITIES).stream().map(EntityDocuments::toDomain).toList();
    }

    @Override
    public void forEach(EntityQuery q, Consumer<RegulatedEntity> sink) {
        Query query = new Query(criteria(q)).with(org.springframework.data.domain.Sort.by("_id"));
        try (var stream = mongo.stream(query, Document.class, ENTITIES)) {
            stream.forEach(doc -> sink.accept(EntityDocuments.toDomain(doc)));
        }
    }

    private static Criteria criteria(EntityQuery q) {
        List<Criteria> all = new ArrayList<>();
        if (q.after() != null) {
            all.add(Criteria.where("_id").gt(q.after()));
        }
        if (q.usccPrefix() != null) {
            all.add(Criteria.where("_id").regex("^" + Pattern.quote("ent-" + q.usccPrefix())));
        }
        if (q.regionCode() != null) {
            all.add(Criteria.where("regionCode").is(q.regionCode()));
        }
        if (q.industry() != null) {
            all.add(Criteria.where("industry").is(q.industry()));
        }
        if (q.objectType() != null) {
            all.add(Criteria.where("objectType").is(q.objectType().name()));
        }
        if (q.creditClass() != null) {
            all.add(Criteria.where("creditClass").is(q.creditClass().name()));
        }
        if (q.tag() != null) {
            all.add(Criteria.where("tags").is(q.tag()));
        }
        if (q.status() != null) {
            all.add(Criteria.where("status").is(q.status().name()));
        }
        if (q.departmentId() != null) {
            all.add(Criteria.where("scopes").is(q.departmentId()));
        }
        if (q.name() != null) {
            all.add(Criteria.where("name").regex(Pattern.quote(q.name())));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    /**
     * The drawable entities of the scope in id order, in a pipeline of three threads ({@link ReadAhead} twice): a
     * fetcher iterates the cursor as {@link RawBsonDocument}s (each document's bytes, not decoded) and so asks
     * MongoDB for its next batch as soon as it has handed the last one on; a decoder reads each document's BSON
     * straight into an {@link EntitySnapshotRow} ({@link EntitySnapshotRowCodec}); {@code sink} runs on the caller's
     * thread (encoding, Merkle tree, compression). MongoDB's scan, the decoding and the writing overlap instead of
     * taking turns: the driver fetches a batch only when the previous one is consumed, so a cursor decoded where it
     * is read leaves MongoDB idle while it decodes. Order is the cursor's; a failure anywhere ends all three, the
     * cursor being closed before the call returns.
     */
    @Override
    public void forEachSnapshotRow(SnapshotScope scope, Consumer<EntitySnapshotRow> sink) {
        List<Bson> filters = new ArrayList<>();
        filters.add(new Document("scopes", new Document("$in", scope.departmentIds())));
        filters.add(new Document("status", EntityStatus.OPERATING.name()));
        if (!scope.regionCodes().isEmpty()) {
            filters.add(new Document("regionCode", new Document("$in", scope.regionCodes())));
        }
        if (!scope.objectTypes().isEmpty()) {
            filters.add(new Document("objectType", new Document("$in", scope.objectTypes())));
        }
        MongoCollection<Document> collection = mongo.getCollection(ENTITIES);
        MongoCollection<RawBsonDocument> documents = collection.withCodecRegistry(CodecRegistries.fromRegistries(
                CodecRegistries.fromCodecs(new RawBsonDocumentCodec()), collection.getCodecRegistry()))
                .withDocumentClass(RawBsonDocument.class);
        ReadAhead.<EntitySnapshotRow>forEach("registry-snapshot-decoder", SNAPSHOT_BATCH, DECODED_DEPTH, rowSink ->
                ReadAhead.<RawBsonDocument>forEach("registry-snapshot-fetcher", SNAPSHOT_BATCH, FETCHED_DEPTH,
                        documentSink -> {
                            try (MongoCursor<RawBsonDocument> cursor = documents.find(new Document("$and", filters))
                                    .projection(EntitySnapshotRowCodec.PROJECTION).sort(new Document("_id", 1))
                                    .batchSize(SNAPSHOT_CURSOR_BATCH).iterator()) {
                                while (cursor.hasNext()) {
                                    documentSink.accept(cursor.next());
                                }
                            }
                        }, document -> rowSink.accept(document.decode(snapshotRows))), sink);
    }
}
