package cn.shuangsuiji.platform.mongo;

import cn.shuangsuiji.platform.events.OutboxRecord;
import cn.shuangsuiji.platform.messaging.ProcessedEvent;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.index.MongoPersistentEntityIndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;

/**
 * Creates every mapped collection and its indexes at startup: MongoDB 4.0 cannot create a collection inside a
 * transaction (error 263), so nothing may be left to be created lazily by the first transactional write.
 */
public class MongoSchemaInitializer implements SmartInitializingSingleton {

    private final MongoTemplate mongo;
    private final MongoMappingContext mappingContext;

    public MongoSchemaInitializer(MongoTemplate mongo, MongoMappingContext mappingContext) {
        this.mongo = mongo;
        this.mappingContext = mappingContext;
    }

    @Override
    public void afterSingletonsInstantiated() {
        mappingContext.getPersistentEntity(OutboxRecord.class);
        mappingContext.getPersistentEntity(ProcessedEvent.class);
        mappingContext.getPersistentEntity(cn.shuangsuiji.platform.audit.AuditEntry.class);
        IndexResolver resolver = new MongoPersistentEntityIndexResolver(mappingContext);
        for (MongoPersistentEntity<?> entity : mappingContext.getPersistentEntities()) {
            if (!entity.isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class)) {
                continue;
            }
            String collection = entity.getCollection();
            if (!mongo.collectionExists(collection)) {
                mongo.createCollection(collection);
            }
            IndexOperations indexes = mongo.indexOps(collection);
            resolver.resolveIndexFor(entity.getTypeInformation()).forEach(indexes::createIndex);
        }
        mongo.indexOps(OutboxRecord.class).createIndex(new Index().on("sentAt", Sort.Direction.ASC)
                .on("sequence", Sort.Direction.ASC).named("pending_in_order"));
        mongo.indexOps(ProcessedEvent.class).createIndex(new Index().on("processedAt", Sort.Direction.ASC)
                .named("processed_at"));
    }
}
