package cn.shuangsuiji.registry.adapter.out.persistence;

import org.bson.Document;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the registry's collections and indexes at startup (MongoDB 4.0 cannot create a collection inside a
 * transaction). Indexes are few on purpose: every index slows the bulk import; entity queries and snapshots
 * walk the {@code _id} index in order and filter. The {@code entities} collection is created without block
 * compression: during a bulk import MongoDB's CPU is the limit, and a million entities are about 0.5 GB. Entity ids are derived from the
 * USCC, so the {@code _id} index alone enforces "one entity per USCC" and serves USCC-prefix search.
 */
@Component
class RegistrySchema implements SmartInitializingSingleton {

    static final String ENTITIES = "entities";
    static final String INSPECTORS = "inspectors";
    static final String HISTORY = "registry_history";
    static final String SNAPSHOTS = "registry_snapshots";
    static final String SNAPSHOT_CONTENT = "snapshot_content";
    static final String IMPORT_JOBS = "import_jobs";
    static final String IMPORT_ERRORS = "import_errors";
    static final String SNAPSHOT_JOBS = "snapshot_jobs";
    /** Private lookup of natural persons' former (unkeyed) entity ids: {@code _id} old id, {@code entityId}. */
    static final String ENTITY_ID_ALIASES = "entity_id_aliases";
    /** Start-up migrations already applied ({@code _id} migration name). */
    static final String MIGRATIONS = "migrations";
    /** 个人信息查阅记录 — who read whose personal data in clear. */
    static final String PERSONAL_DATA_READS = "personal_data_reads";
    /** 信用档案 — risk facts per entity from inspection results and follow-up ({@code _id} entity id). */
    static final String CREDIT_PROFILES = "credit_profiles";
    /** 信用风险规则 — versioned per jurisdiction ({@code _id} jurisdiction:version). */
    static final String RISK_RULES = "risk_rules";

    private final MongoTemplate mongo;
    private final PseudonymMigration migration;

    RegistrySchema(MongoTemplate mongo, PseudonymMigration migration) {
        this.mongo = mongo;
        this.migration = migration;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!mongo.collectionExists(ENTITIES)) {
            mongo.getDb().createCollection(ENTITIES, new com.mongodb.client.model.CreateCollectionOptions()
                    .storageEngineOptions(new Document("wiredTiger", new Document("configString",
                            "block_compressor=none"))));
        }
        for (String c : new String[] {ENTITIES, INSPECTORS, HISTORY, SNAPSHOTS, IMPORT_JOBS, IMPORT_ERRORS,
                SNAPSHOT_JOBS, ENTITY_ID_ALIASES, MIGRATIONS, PERSONAL_DATA_READS, CREDIT_PROFILES, RISK_RULES,
                SNAPSHOT_CONTENT + ".files", SNAPSHOT_CONTENT + ".chunks"}) {
            if (!mongo.collectionExists(c)) {
                mongo.createCollection(c);
            }
        }
        // 回避 by name: a relative declared without an ID number is matched against these (RelationWarning)
        mongo.indexOps(ENTITIES).createIndex(new Index().on("legalRepresentative", Sort.Direction.ASC).sparse()
                .named("legal_representative"));
        mongo.indexOps(ENTITIES).createIndex(new Index().on("holders.name", Sort.Direction.ASC).sparse()
                .named("holder_name"));
        mongo.indexOps(INSPECTORS).createIndex(new Index().on("departmentId", Sort.Direction.ASC)
                .on("_id", Sort.Direction.ASC).named("department_id"));
        mongo.indexOps(HISTORY).createIndex(new Index().on("recordId", Sort.Direction.ASC)
                .on("at", Sort.Direction.ASC).named("record_at"));
        mongo.indexOps(IMPORT_ERRORS).createIndex(new Index().on("jobId", Sort.Direction.ASC)
                .on("line", Sort.Direction.ASC).named("job_line"));
        mongo.getCollection(SNAPSHOT_CONTENT + ".chunks").createIndex(new Document("files_id", 1).append("n", 1),
                new com.mongodb.client.model.IndexOptions().unique(true).name("files_id_1_n_1"));
        mongo.getCollection(SNAPSHOT_CONTENT + ".files").createIndex(new Document("filename", 1)
                .append("uploadDate", 1), new com.mongodb.client.model.IndexOptions().name("filename_1_uploadDate_1"));
        mongo.indexOps(PERSONAL_DATA_READS).createIndex(new Index().on("department", Sort.Direction.ASC)
                .on("at", Sort.Direction.DESC).named("department_at"));
        migration.run();
    }
}
