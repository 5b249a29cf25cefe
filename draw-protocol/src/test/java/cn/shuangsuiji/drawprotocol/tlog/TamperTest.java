package cn.shuangsuiji.drawprotocol.tlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.VerificationReport;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleMapper;
import cn.shuangsuiji.drawprotocol.bundle.BundleVerifier;
import cn.shuangsuiji.drawprotocol.bundle.SampleDraw;

/**
 * The tamper cases of issue 11, given a checkpoint somebody kept: an entry edited and its draw's chain
 * re-hashed, and an earlier abandoned attempt dropped, are caught; entries appended after the checkpoint
 * still verify. The platform log holds an abandoned attempt D0, then the sample draw, then another draw.
 */
class TamperTest {
    private static final String D0 = "QY-2026-0001-D0";
    private static final int KEPT_SIZE = 7;

    private final NoteSigner logKey = SpecLog.logKey();
    private final Bundle sample = SampleDraw.bundle();

    private static List<LogEntry> abandonedAttempt() {
        return DrawLog.empty()
                .append(LogKind.COMMIT, "2026-03-01T08:00:00Z", "drawer-01",
                        DrawLog.commit(D0, SpecLog.repeated(0x55)))
                .append(LogKind.ABANDON, "2026-03-01T08:30:00Z", "drawer-01", DrawLog.abandon(D0, "result disliked"))
                .entries();
    }

    private static List<LogEntry> otherDraw() {
        return DrawLog.empty()
                .append(LogKind.COMMIT, "2026-03-04T08:00:00Z", "drawer-02",
                        DrawLog.commit("QY-2026-0002-D1", SpecLog.repeated(0x66)))
                .append(LogKind.ABANDON, "2026-03-04T09:00:00Z", "drawer-02",
                        DrawLog.abandon("QY-2026-0002-D1", "beacon relay down"))
                .entries();
    }

    private record Platform(List<LogEntry> entries, List<Long> sampleIndexes) {
        TransparencyLog tree() {
            return SpecLog.log(entries);
        }
    }

    /** The platform log: D0 (2 entries), the sample's first 5, later the sample's last 2 and another draw. */
    private static Platform platform(List<LogEntry> before, List<LogEntry> sampleLog) {
        List<LogEntry> all = new ArrayList<>(before);
        List<Long> indexes = new ArrayList<>();
        for (int i = 0; i < sampleLog.size(); i++) {
            if (i == 5) {
                all.addAll(otherDraw().subList(0, 1));
            }
            indexes.add((long) all.size());
            all.add(sampleLog.get(i));
        }
        all.addAll(otherDraw().subList(1, 2));
        return new Platform(all, indexes);
    }

    private List<LogEntry> sampleLog(Bundle b) {
        return BundleMapper.log(b.log()).entries();
    }

    private SignedNote sign(TransparencyLog tree, long size) {
        return Checkpoint.at(SpecLog.ORIGIN, size, tree.root(size), Instant.parse("2026-03-05T00:00:00Z")).sign(logKey);
    }

    private Bundle publish(Bundle b, Platform p) {
        TransparencyLog tree = p.tree();
        return b.withTransparency(BundleProofs.section(tree, p.sampleIndexes(), sign(tree, tree.size())));
    }

    /** The checkpoint a citizen kept: published when the platform log held 7 entries. */
    private Checkpoint kept() {
        Platform honest = platform(abandonedAttempt(), sampleLog(sample));
        return Checkpoint.open(sign(honest.tree(), KEPT_SIZE).format(), logKey.verifierKey());
    }

    private static ConsistencyProof proof(Platform p, long older) {
        TransparencyLog t = p.tree();
        return new ConsistencyProof(older, t.size(), t.consistencyProof(older, t.size()));
    }

    @Test
    void anHonestBundleVerifiesAgainstTheKeptCheckpointIncludingEntriesAppendedAfterIt() {
        Platform honest = platform(abandonedAttempt(), sampleLog(sample));
        Bundle published = publish(sample, honest);
        assertThat(new BundleVerifier(1).verify(published).errors()).isEmpty();

        VerificationReport r = BundleProofs.check(published, kept(), proof(honest, KEPT_SIZE), logKey.verifierKey());
        assertThat(r.errors()).isEmpty();
        assertThat(r.notes()).anyMatch(n -> n.contains("7 log entries included"))
                .anyMatch(n -> n.contains("extends"));
        assertThat(honest.sampleIndexes()).anyMatch(i -> i >= KEPT_SIZE); // some entries came after the checkpoint
        assertThat(TransparencyCheck.fullLog(honest.entries(), kept()).ok()).isTrue();
        // the same checkpoint size needs no proof
        Checkpoint now = Checkpoint.of(SignedNote.parse(published.transparency().checkpoint()));
        assertThat(BundleProofs.check(published, now, null, null).errors()).isEmpty();
    }

    @Test
    void anEditedAndReHashedEntryIsCaught() {
        // the operator changes who confirmed (entry 5 of the draw, before the kept checkpoint) and re-hashes
        List<LogEntry> edited = rehash(sampleLog(sample), 4, "supervisor-99");
        Bundle forgedBundle = withLog(sample, edited);
        // without a checkpoint nothing is wrong: the chain is intact and every hash recomputes
        assertThat(DrawLog.of(edited).chainProblems()).isEmpty();
        assertThat(new BundleVerifier(1).verify(forgedBundle).errors()).isEmpty();

        // the operator rebuilds the platform log and signs a new checkpoint with the real key
        Platform forged = platform(abandonedAttempt(), edited);
        Bundle published = publish(forgedBundle, forged);
        assertThat(new BundleVerifier(1).verify(published).errors()).isEmpty();
        VerificationReport r = BundleProofs.check(published, kept(), proof(forged, KEPT_SIZE), logKey.verifierKey());
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).anyMatch(e -> e.contains("not consistent"));
        assertThat(r.notes()).noneMatch(n -> n.contains("extends"));
        assertThat(TransparencyCheck.fullLog(forged.entries(), kept()).errors())
                .anyMatch(e -> e.contains("history before the checkpoint was changed"));

        // or keeps the honest platform log and only edits the bundle: the entry is not in the log
        Bundle onlyBundle = withLog(publish(sample, platform(abandonedAttempt(), sampleLog(sample))), edited);
        VerificationReport r2 = BundleProofs.check(onlyBundle, kept(),
                proof(platform(abandonedAttempt(), sampleLog(sample)), KEPT_SIZE), logKey.verifierKey());
        assertThat(r2.errors()).anyMatch(e -> e.contains("log entry 5 (CONFIRM") && e.contains("inclusion proof fails"));
    }

    @Test
    void aDroppedAbandonedAttemptIsCaught() {
        // the operator removes the abandoned attempt D0 from the platform log and re-signs
        Platform forged = platform(List.of(), sampleLog(sample));
        Bundle published = publish(sample, forged);
        assertThat(new BundleVerifier(1).verify(published).errors()).isEmpty();
        VerificationReport r = BundleProofs.check(published, kept(), proof(forged, KEPT_SIZE), logKey.verifierKey());
        assertThat(r.errors()).anyMatch(e -> e.contains("not consistent"));
        assertThat(TransparencyCheck.fullLog(forged.entries(), kept()).ok()).isFalse();

        // a truncated log (the abandoned attempt was the last thing logged) is caught too
        Platform honest = platform(abandonedAttempt(), sampleLog(sample));
        assertThat(TransparencyCheck.fullLog(honest.entries().subList(0, 1), kept()).errors())
                .anyMatch(e -> e.contains("truncated"));
        // and a checkpoint of the shortened log is not consistent with the kept one
        TransparencyLog shortened = SpecLog.log(honest.entries().subList(2, 9));
        Checkpoint rewritten = Checkpoint.of(sign(shortened, KEPT_SIZE));
        assertThat(TransparencyCheck.consistency(kept(), rewritten, null).errors())
                .anyMatch(e -> e.contains("forked"));
    }

    @Test
    void aBundleCheckpointNotSignedByTheLogKeyIsReported() {
        Platform honest = platform(abandonedAttempt(), sampleLog(sample));
        TransparencyLog tree = honest.tree();
        NoteSigner stranger = NoteSigner.ed25519(SpecLog.ORIGIN, SpecLog.WITNESS_PRIVATE_KEY);
        SignedNote note = Checkpoint.at(SpecLog.ORIGIN, tree.size(), tree.root(), Instant.EPOCH).sign(stranger);
        Bundle b = sample.withTransparency(BundleProofs.section(tree, honest.sampleIndexes(), note));
        VerificationReport r = BundleProofs.check(b, kept(), proof(honest, KEPT_SIZE), logKey.verifierKey());
        assertThat(r.errors()).anyMatch(e -> e.contains("ABSENT"));
        VerificationReport noKey = BundleProofs.check(b, kept(), proof(honest, KEPT_SIZE), null);
        assertThat(noKey.errors()).isEmpty();
        assertThat(noKey.warnings()).anyMatch(w -> w.contains("appended after the kept checkpoint"));
        assertThat(BundleProofs.check(sample, kept(), null, null).errors())
                .containsExactly("the bundle has no transparency section (checkpoint and proofs)");
    }

    /** The draw's log with entry {@code index}'s actor (and "by") replaced, the chain recomputed. */
    static List<LogEntry> rehash(List<LogEntry> log, int index, String actor) {
        DrawLog out = DrawLog.empty();
        for (int i = 0; i < log.size(); i++) {
            LogEntry e = log.get(i);
            Map<String, String> fields = new HashMap<>(e.fields());
            String who = e.actor();
            if (i == index) {
                who = actor;
                fields.computeIfPresent("by", (k, v) -> actor);
            }
            out = out.append(e.kind(), e.at(), who, fields);
        }
        return out.entries();
    }

    static Bundle withLog(Bundle b, List<LogEntry> log) {
        List<Bundle.LogEntry> json = log.stream().map(e -> new Bundle.LogEntry(e.seq(), e.kind().name(), e.at(),
                e.actor(), e.fields(), e.prevHash().hex(), e.hash().hex())).toList();
        return new Bundle(b.format(), b.commitment(), b.commitmentHash(), b.snapshot(), b.seedInputs(), b.seed(),
                b.result(), b.actions(), json, b.transparency());
    }
}
