package cn.shuangsuiji.drawprotocol.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shuangsuiji.drawprotocol.LogEntry;

class WitnessTest {
    private final NoteSigner logKey = SpecLog.logKey();
    private final NoteVerifierKey witnessKey = SpecLog.witnessKey().verifierKey();

    private String checkpoint(TransparencyLog log, long size) {
        return Checkpoint.at(SpecLog.ORIGIN, size, log.root(size), Instant.parse("2026-03-02T02:00:00Z"))
                .sign(logKey).format();
    }

    @Test
    void cosignsOnlyCheckpointsConsistentWithTheLastOneItCosigned() {
        List<LogEntry> entries = SpecLog.entries();
        TransparencyLog log = SpecLog.log(entries);
        Witness w = new Witness(SpecLog.witnessKey(), logKey.verifierKey(), null);

        SignedNote first = w.cosign(checkpoint(log, 3), List.of(), 1000);
        assertThat(first.verify(witnessKey)).isEqualTo(SignedNote.Verification.VERIFIED);
        assertThat(witnessKey.cosignatureTime(first.signatures().get(1))).isEqualTo(1000);
        assertThat(w.lastCheckpoint().treeSize()).isEqualTo(3);

        SignedNote second = w.cosign(checkpoint(log, 7), log.consistencyProof(3, 7), 2000);
        assertThat(second.verify(witnessKey)).isEqualTo(SignedNote.Verification.VERIFIED);
        assertThat(second.verify(logKey.verifierKey())).isEqualTo(SignedNote.Verification.VERIFIED);

        // the operator drops the abandoned draw D-1 and re-signs: the witness refuses
        List<LogEntry> rewritten = new ArrayList<>(entries.subList(2, 7));
        rewritten.add(entries.get(6));
        TransparencyLog forged = SpecLog.log(rewritten);
        assertThatThrownBy(() -> w.cosign(checkpoint(forged, 6), List.of(), 3000))
                .hasMessageContaining("shrank");
        TransparencyLog longer = SpecLog.log(rewritten);
        longer.appendLeafHash(LogLeaf.hash(entries.get(0)));
        longer.appendLeafHash(LogLeaf.hash(entries.get(1)));
        assertThatThrownBy(() -> w.cosign(checkpoint(longer, 8), longer.consistencyProof(7, 8), 3000))
                .hasMessageContaining("not consistent");
        assertThat(w.lastCheckpoint().treeSize()).isEqualTo(7);

        // a checkpoint not signed by the log key is refused
        NoteSigner other = NoteSigner.ed25519(SpecLog.ORIGIN, Ed25519.newPrivateKey(new java.security.SecureRandom()));
        String unsigned = Checkpoint.at(SpecLog.ORIGIN, 7, log.root(7), Instant.EPOCH).sign(other).format();
        assertThatThrownBy(() -> w.cosign(unsigned, List.of(), 4000)).hasMessageContaining("not signed");

        // honest growth is cosigned again
        TransparencyLog grown = SpecLog.log(entries);
        grown.appendLeafHash(LogLeaf.hash(new LogEntry(6, cn.shuangsuiji.drawprotocol.LogKind.CONFIRM,
                "2026-03-02T03:00:00Z", "qy-amr-head", Map.of("drawId", "D-2", "role", "DISPATCH_RECEIVER",
                        "by", "qy-amr:head"), entries.get(6).hash(), entries.get(6).hash())));
        assertThat(w.cosign(checkpoint(grown, 8), grown.consistencyProof(7, 8), 5000).signatures()).hasSize(2);
    }
}
