package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.in.DrawLogQueries;
import cn.shuangsuiji.draw.application.port.out.TransparencyLogStore;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.drawprotocol.tlog.NoteSigner;
import cn.shuangsuiji.drawprotocol.tlog.ProofJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** 日志证明 — serves the platform draw log's checkpoints, key and proofs from the caught-up tree. */
@Service
class ServeLogProofs implements DrawLogQueries {

    private final PlatformLogTree tree;
    private final TransparencyLogStore store;
    private final NoteSigner signer;

    ServeLogProofs(PlatformLogTree tree, TransparencyLogStore store, NoteSigner signer) {
        this.tree = tree;
        this.store = store;
        this.signer = signer;
    }

    @Override
    public Optional<String> latestCheckpoint() {
        return store.latestCheckpoint().map(TransparencyLogStore.StoredCheckpoint::note);
    }

    @Override
    public Optional<String> checkpoint(long treeSize) {
        return store.checkpoint(treeSize).map(TransparencyLogStore.StoredCheckpoint::note);
    }

    @Override
    public String verifierKey() {
        return signer.verifierKey().vkey();
    }

    @Override
    public ProofJson.Inclusion inclusion(long index, long treeSize) {
        return tree.read(t -> {
            requireSize("size", treeSize, 1, t.size());
            if (index < 0 || index >= treeSize) {
                throw DomainProblem.invalid("DRAW_LOG_INDEX_INVALID", "叶子序号 " + index + " 不在 0.." + (treeSize - 1)
                        + " 之内", List.of());
            }
            return new ProofJson.Inclusion(index, treeSize, ProofJson.hex(t.inclusionProof(index, treeSize)));
        });
    }

    @Override
    public ProofJson.Consistency consistency(long from, long to) {
        return tree.read(t -> {
            requireSize("to", to, 1, t.size());
            requireSize("from", from, 1, to);
            return new ProofJson.Consistency(from, to, ProofJson.hex(t.consistencyProof(from, to)));
        });
    }

    @Override
    public DrawLeaves leaves(String drawId) {
        List<Long> indexes = store.leafIndexes(drawId);
        if (indexes.isEmpty()) {
            throw DomainProblem.notFound("DRAW_NOT_FOUND", "抽取", drawId);
        }
        List<Leaf> leaves = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            leaves.add(new Leaf(i + 1, indexes.get(i)));
        }
        return new DrawLeaves(drawId, leaves);
    }

    private static void requireSize(String name, long size, long min, long max) {
        if (size < min || size > max) {
            throw DomainProblem.invalid("DRAW_LOG_SIZE_INVALID", "树大小 " + name + "=" + size + " 不在 " + min + ".."
                    + max + " 之内（日志当前共 " + max + " 条）", List.of());
        }
    }
}
