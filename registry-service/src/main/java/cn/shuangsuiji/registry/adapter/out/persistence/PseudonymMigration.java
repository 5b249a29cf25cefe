package cn.shuangsuiji.registry.adapter.out.persistence;

import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.ENTITIES;
import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.ENTITY_ID_ALIASES;
import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.HISTORY;
import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.MIGRATIONS;

import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * 标识假名化迁移 — rekeys natural persons' entity ids stored before ids became keyed hashes
 * ({@link Pseudonyms#naturalPersonId}; the old id was 16 hex of an unsalted SHA-256 of the ID number and could
 * be reversed by enumeration). For each natural person whose id is not the keyed one: the record moves to the new
 * id (keeping its version, history and import provenance), its history entries follow it, and the old id is kept
 * in the private {@code entity_id_aliases} collection so a reference held elsewhere (a plan's or a draw's target)
 * still resolves through {@code GET /api/registry/entities/{old id}}. Party keys are not stored (they are computed
 * when a snapshot is confirmed), so new snapshots carry keyed keys at once; confirmed snapshots are immutable
 * evidence of past draws and keep their content.
 *
 * <p>Idempotent: recorded once in {@code migrations}; a rerun (e.g. after a crash half-way) only moves the
 * records still under an unkeyed id. Runs at start-up, before the service answers requests.
 */
@Component
class PseudonymMigration {

    static final String NAME = "2026-12-entity-ids-keyed-v1";

    private static final Logger log = LoggerFactory.getLogger(PseudonymMigration.class);

    private final MongoTemplate mongo;
    private final Pseudonyms pseudonyms;
    private final Clock clock;

    PseudonymMigration(MongoTemplate mongo, Pseudonyms pseudonyms, Clock clock) {
        this.mongo = mongo;
        this.pseudonyms = pseudonyms;
        this.clock = clock;
    }

    /** Applies the migration unless it is recorded; returns how many records moved. */
    long run() {
        if (mongo.getCollection(MIGRATIONS).countDocuments(Filters.eq("_id", NAME)) > 0) {
            return 0;
        }
        List<Document> natural = new ArrayList<>();
        try (MongoCursor<Document> cursor = mongo.getCollection(ENTITIES)
                .find(Filters.and(Filters.eq("uscc", null), Filters.ne("idNumber", null))).iterator()) {
            cursor.forEachRemaining(natural::add);
        }
        long moved = 0;
        for (Document d : natural) {
            String oldId = d.getString("_id");
            String newId = EntityId.of(null, d.getString("idNumber"), pseudonyms).value();
            if (newId.equals(oldId)) {
                continue;
            }
            Document copy = new Document(d);
            copy.put("_id", newId);
            // insert first, then alias and history, then delete: a crash half-way leaves the old record to redo
            mongo.getCollection(ENTITIES).replaceOne(Filters.eq("_id", newId), copy,
                    new ReplaceOptions().upsert(true));
            mongo.getCollection(ENTITY_ID_ALIASES).replaceOne(Filters.eq("_id", oldId),
                    new Document("_id", oldId).append("entityId", newId).append("migration", NAME),
                    new ReplaceOptions().upsert(true));
            mongo.getCollection(HISTORY).updateMany(Filters.and(Filters.eq("recordKind", "ENTITY"),
                    Filters.eq("recordId", oldId)), Updates.set("recordId", newId));
            mongo.getCollection(ENTITIES).deleteOne(Filters.eq("_id", oldId));
            moved++;
        }
        mongo.getCollection(MIGRATIONS).insertOne(new Document("_id", NAME)
                .append("at", java.util.Date.from(clock.instant())).append("records", moved)
                .append("description", "natural persons' entity ids rekeyed with the platform privacy secret"));
        if (moved > 0) {
            log.info("Migration {}: {} natural persons' entity ids rekeyed (old ids kept as private aliases)", NAME,
                    moved);
        }
        return moved;
    }
}
