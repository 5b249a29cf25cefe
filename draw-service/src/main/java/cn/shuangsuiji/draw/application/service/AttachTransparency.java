package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.out.TransparencyLogStore;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.tlog.BundleProofs;
import cn.shuangsuiji.drawprotocol.tlog.SignedNote;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * 核验包透明日志证明 — gives a draw's bundle its {@code transparency} section (docs/draw-protocol.md §16.5): the
 * latest signed checkpoint and, for every log entry of the bundle, its leaf index and inclusion proof against that
 * checkpoint. So {@code ssj-verifier inclusion bundle.json kept-checkpoint.txt} checks the bundle's entries against
 * any checkpoint someone kept earlier.
 */
@Service
class AttachTransparency {

    private final PlatformLogTree tree;
    private final TransparencyLogStore store;

    AttachTransparency(PlatformLogTree tree, TransparencyLogStore store) {
        this.tree = tree;
        this.store = store;
    }

    /**
     * The bundle with its transparency section; unchanged when its entries are not all anchored (a draw logged
     * before the log existed).
     */
    Bundle attach(String drawId, Bundle bundle) {
        int entries = bundle.log().size();
        List<Long> indexes = store.leafIndexes(drawId);
        Optional<TransparencyLogStore.StoredCheckpoint> latest = store.latestCheckpoint();
        if (indexes.size() < entries || latest.isEmpty()) {
            return bundle;
        }
        SignedNote checkpoint = SignedNote.parse(latest.get().note());
        return tree.read(t -> bundle.withTransparency(BundleProofs.section(t, indexes.subList(0, entries),
                checkpoint)));
    }
}
