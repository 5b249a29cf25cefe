package cn.shuangsuiji.draw.adapter.out.persistence;

import cn.shuangsuiji.draw.application.port.out.TransparencyLogStore;
import cn.shuangsuiji.drawprotocol.Hash32;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Stores the transparency log in MongoDB: {@code draw_tlog_leaves} (one document per leaf, _id = index),
 * {@code draw_tlog_head} (one document: size and root) and {@code draw_tlog_checkpoints}. The head document is
 * created at start-up, outside any transaction (the collections and indexes by the platform's schema initializer).
 */
@Component
class MongoTransparencyLogStore implements TransparencyLogStore {

    static final String HEAD = "draw-log";

    private final MongoTemplate mongo;

    MongoTransparencyLogStore(MongoTemplate mongo) {
        this.mongo = mongo;
        if (mongo.findById(HEAD, LogHeadDocument.class) == null) {
            try {
                mongo.insert(new LogHeadDocument(HEAD, 0, null));
            } catch (DuplicateKeyException raced) {
                // another instance created it
            }
        }
    }

    @Override
    public long size() {
        LogHeadDocument head = mongo.findById(HEAD, LogHeadDocument.class);
        return head == null ? 0 : head.size();
    }

    @Override
    public List<Hash32> leafHashes(long from, long to) {
        // whole documents: a projection to "hash" alone left the record's primitive seq without a value, and reading
        // leaves back (after a restart, when the tree is not in memory) failed with MappingInstantiationException
        Query q = Query.query(Criteria.where("_id").gte(from).lt(to)).with(Sort.by("_id"));
        List<LogLeafDocument> leaves = mongo.find(q, LogLeafDocument.class);
        if (leaves.size() != to - from) {
            throw new IllegalStateException("transparency log leaves " + from + ".." + to + " incomplete: "
                    + leaves.size() + " stored");
        }
        return leaves.stream().map(l -> Hash32.fromHex(l.hash())).toList();
    }

    @Override
    public void appendLeaf(long index, Hash32 leafHash, String drawId, long seq) {
        mongo.insert(new LogLeafDocument(index, leafHash.hex(), drawId, seq));
    }

    @Override
    public void advance(long from, long to, Hash32 root) {
        var result = mongo.updateFirst(Query.query(Criteria.where("_id").is(HEAD).and("size").is(from)),
                new Update().set("size", to).set("root", root.hex()), LogHeadDocument.class);
        if (result.getMatchedCount() != 1) {
            throw new OptimisticLockingFailureException("transparency log head is no longer at size " + from);
        }
    }

    @Override
    public List<Long> leafIndexes(String drawId) {
        return mongo.find(Query.query(Criteria.where("drawId").is(drawId)).with(Sort.by("seq")), LogLeafDocument.class)
                .stream().map(LogLeafDocument::id).toList();
    }

    @Override
    public void storeCheckpoint(StoredCheckpoint c) {
        mongo.insert(new LogCheckpointDocument(c.treeSize(), c.rootHash(), c.signedAt(), c.note()));
    }

    @Override
    public Optional<StoredCheckpoint> latestCheckpoint() {
        return Optional.ofNullable(mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                LogCheckpointDocument.class)).map(MongoTransparencyLogStore::toStored);
    }

    @Override
    public Optional<StoredCheckpoint> checkpoint(long treeSize) {
        return Optional.ofNullable(mongo.findById(treeSize, LogCheckpointDocument.class))
                .map(MongoTransparencyLogStore::toStored);
    }

    private static StoredCheckpoint toStored(LogCheckpointDocument d) {
        return new StoredCheckpoint(d.id(), d.root(), d.signedAt(), d.note());
    }
}
