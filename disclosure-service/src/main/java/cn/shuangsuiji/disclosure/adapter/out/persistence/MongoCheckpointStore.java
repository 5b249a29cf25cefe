package cn.shuangsuiji.disclosure.adapter.out.persistence;

import cn.shuangsuiji.disclosure.application.port.out.CheckpointStore;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Draw log checkpoints in MongoDB, keyed by tree size; inserted once. */
@Component
class MongoCheckpointStore implements CheckpointStore {

    private final MongoTemplate mongo;

    MongoCheckpointStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public KeptCheckpoint keep(KeptCheckpoint c) {
        Optional<KeptCheckpoint> existing = bySize(c.treeSize());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            mongo.insert(new DrawLogCheckpointDocument(c.treeSize(), c.origin(), c.rootHash(), c.signedAt(), c.note()));
            return c;
        } catch (DuplicateKeyException raced) {
            return bySize(c.treeSize()).orElseThrow();
        }
    }

    @Override
    public Optional<KeptCheckpoint> latest() {
        return Optional.ofNullable(mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                DrawLogCheckpointDocument.class)).map(MongoCheckpointStore::kept);
    }

    @Override
    public Optional<KeptCheckpoint> bySize(long treeSize) {
        return Optional.ofNullable(mongo.findById(treeSize, DrawLogCheckpointDocument.class))
                .map(MongoCheckpointStore::kept);
    }

    private static KeptCheckpoint kept(DrawLogCheckpointDocument d) {
        return new KeptCheckpoint(d.id(), d.origin(), d.root(), d.signedAt(), d.note());
    }
}
