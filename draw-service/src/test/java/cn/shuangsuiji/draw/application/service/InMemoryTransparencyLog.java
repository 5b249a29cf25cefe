package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.out.TransparencyLogStore;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.tlog.NoteSigner;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.dao.OptimisticLockingFailureException;

/** An in-memory transparency log store with the use cases around it, for application tests without MongoDB. */
final class InMemoryTransparencyLog implements TransparencyLogStore {

    /** A fixed test key (never a production key). */
    static final NoteSigner SIGNER;

    static {
        byte[] seed = new byte[32];
        Arrays.fill(seed, (byte) 7);
        SIGNER = NoteSigner.ed25519("shuangsuiji.cn/draw-log", seed);
    }

    record Leaf(Hash32 hash, String drawId, long seq) {
    }

    final List<Leaf> leaves = new ArrayList<>();
    final TreeMap<Long, StoredCheckpoint> checkpoints = new TreeMap<>();
    long head;
    final PlatformLogTree tree = new PlatformLogTree(this);
    final AnchorLogEntry anchor;
    final AttachTransparency attach = new AttachTransparency(tree, this);
    final ServeLogProofs proofs = new ServeLogProofs(tree, this, SIGNER);

    InMemoryTransparencyLog(EventPublisher events, Clock clock) {
        anchor = new AnchorLogEntry(tree, this, SIGNER, events, clock);
    }

    @Override
    public long size() {
        return head;
    }

    @Override
    public List<Hash32> leafHashes(long from, long to) {
        return leaves.subList((int) from, (int) to).stream().map(Leaf::hash).toList();
    }

    @Override
    public void appendLeaf(long index, Hash32 leafHash, String drawId, long seq) {
        if (index != leaves.size()) {
            throw new IllegalStateException("leaf " + index + " out of order");
        }
        leaves.add(new Leaf(leafHash, drawId, seq));
    }

    @Override
    public void advance(long from, long to, Hash32 root) {
        if (head != from) {
            throw new OptimisticLockingFailureException("head moved");
        }
        head = to;
    }

    @Override
    public List<Long> leafIndexes(String drawId) {
        List<Long> indexes = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            if (leaves.get(i).drawId().equals(drawId)) {
                indexes.add((long) i);
            }
        }
        return indexes;
    }

    @Override
    public void storeCheckpoint(StoredCheckpoint checkpoint) {
        checkpoints.put(checkpoint.treeSize(), checkpoint);
    }

    @Override
    public Optional<StoredCheckpoint> latestCheckpoint() {
        return Optional.ofNullable(checkpoints.lastEntry()).map(java.util.Map.Entry::getValue);
    }

    @Override
    public Optional<StoredCheckpoint> checkpoint(long treeSize) {
        return Optional.ofNullable(checkpoints.get(treeSize));
    }
}
