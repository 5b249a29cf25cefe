package cn.shuangsuiji.draw.application.service;

import static cn.shuangsuiji.draw.application.service.TestActors.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.contracts.draw.DrawLogCheckpointed;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.VerificationReport;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleMapper;
import cn.shuangsuiji.drawprotocol.bundle.BundleVerifier;
import cn.shuangsuiji.drawprotocol.tlog.BundleProofs;
import cn.shuangsuiji.drawprotocol.tlog.Checkpoint;
import cn.shuangsuiji.drawprotocol.tlog.ConsistencyProof;
import cn.shuangsuiji.drawprotocol.tlog.LogLeaf;
import cn.shuangsuiji.drawprotocol.tlog.NoteVerifierKey;
import cn.shuangsuiji.drawprotocol.tlog.ProofJson;
import cn.shuangsuiji.drawprotocol.tlog.SignedNote;
import cn.shuangsuiji.drawprotocol.tlog.TransparencyLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 透明日志 (issue 11 item 1): every draw-log entry of every draw is a leaf of the platform's one log, each action
 * ends with one signed, published checkpoint, a bundle carries inclusion proofs — and the two tamper cases of the
 * issue are caught by anyone who kept an earlier published checkpoint, even when the forger holds the platform key
 * and re-signs: an edited entry with the draw's chain re-hashed, and a dropped abandoned attempt.
 */
class DrawTransparencyLogTest {

    final DrawServiceTest draws = new DrawServiceTest();
    InMemoryTransparencyLog tlog;
    NoteVerifierKey key;

    @BeforeEach
    void setUp() {
        draws.setUp();
        tlog = draws.stores.tlog();
        key = NoteVerifierKey.parse(tlog.proofs.verifierKey());
    }

    List<DrawLogCheckpointed> published() {
        return draws.stores.events(DrawLogCheckpointed.class);
    }

    Checkpoint kept(int i) {
        return Checkpoint.open(published().get(i).checkpoint(), key);
    }

    @Test
    void everyEntryIsALeafEachActionIsOneSignedPublishedCheckpointAndTheBundleVerifiesAgainstAKeptOne() {
        Draw abandoned = draws.committed();
        draws.service.abandon(new DrawCommands.Abandon(abandoned.id().value(), "见证人未到场", OPERATOR));
        Draw draw = draws.committed();
        draws.executed(draw);

        // 4 actions: commit, abandon, commit, execute (its source value, witness reveal and the execution: three
        // entries) → one checkpoint per action, each signed by the platform key
        assertThat(published()).extracting(DrawLogCheckpointed::treeSize).containsExactly(1L, 2L, 3L, 6L);
        assertThat(published()).allSatisfy(e -> {
            Checkpoint c = Checkpoint.open(e.checkpoint(), key);
            assertThat(c.origin()).isEqualTo("shuangsuiji.cn/draw-log").isEqualTo(e.origin());
            assertThat(c.rootHash().hex()).isEqualTo(e.rootHash());
        });
        assertThat(tlog.proofs.latestCheckpoint()).contains(published().get(3).checkpoint());
        assertThat(tlog.leaves).extracting(InMemoryTransparencyLog.Leaf::drawId)
                .containsExactly(abandoned.id().value(), abandoned.id().value(), draw.id().value(), draw.id().value(),
                        draw.id().value(), draw.id().value());

        Bundle bundle = draws.service.bundle(draw.id().value(), OPERATOR);
        assertThat(bundle.transparency()).isNotNull();
        assertThat(bundle.transparency().proofs()).extracting(Bundle.LogProof::leafIndex).containsExactly(2L, 3L, 4L, 5L);
        assertThat(new BundleVerifier().verify(bundle).ok()).isTrue();
        cn.shuangsuiji.draw.BundleSchema.assertValid(bundle);

        // someone kept the checkpoint published right after the abandonment (size 2)
        Checkpoint kept = kept(1);
        ConsistencyProof proof = consistency(kept.treeSize(), 6);
        VerificationReport report = BundleProofs.check(bundle, kept, proof, key);
        assertThat(report.errors()).isEmpty();
        assertThat(report.ok()).isTrue();
    }

    /**
     * 抽查任务公告 (issue 10): the commitment event names the public sources and the witnesses' commitments as
     * committed, and how many repeat pairings it excludes; the completion event names the head of the draw's
     * hash-chained log and the size of the checkpoint published with it.
     */
    @Test
    void theDrawEventsCarryTheSourcesWitnessCommitmentsRepeatPairingsAndTheLogHead() {
        Draw draw = draws.committed();
        draws.executed(draw);
        Bundle bundle = draws.service.bundle(draw.id().value(), OPERATOR);

        cn.shuangsuiji.contracts.draw.DrawCommitted committed =
                draws.stores.events(cn.shuangsuiji.contracts.draw.DrawCommitted.class).get(0);
        assertThat(committed.sources()).isNotEmpty().extracting(s -> List.of(s.name(), s.description(), s.format()))
                .containsExactlyElementsOf(bundle.commitment().sources().stream()
                        .map(s -> List.of(s.name(), s.description(), s.format())).toList());
        assertThat(committed.witnessCommitments()).isNotEmpty()
                .extracting(w -> List.of(w.witness(), w.commitment()))
                .containsExactlyElementsOf(bundle.commitment().witnesses().stream()
                        .map(w -> List.of(w.witness(), w.commitment())).toList());
        assertThat(new cn.shuangsuiji.drawprotocol.WitnessCommitment(committed.witnessCommitments().get(0).witness(),
                Hash32.fromHex(committed.witnessCommitments().get(0).commitment())).opens(DrawServiceTest.SECRET))
                .isTrue();
        assertThat(committed.repeatPairingsAvoided()).isEqualTo((int) bundle.snapshot().conflicts().stream()
                .filter(c -> "REPEAT_PAIRING".equals(c.reason())).count());

        cn.shuangsuiji.contracts.draw.DrawCompleted completed =
                draws.stores.events(cn.shuangsuiji.contracts.draw.DrawCompleted.class).get(0);
        assertThat(completed.logHead()).isEqualTo(bundle.log().get(bundle.log().size() - 1).hash());
        assertThat(completed.logTreeSize()).isEqualTo(published().get(published().size() - 1).treeSize())
                .isEqualTo(bundle.transparency().proofs().get(bundle.transparency().proofs().size() - 1).leafIndex()
                        + 1);
    }

    @Test
    void anEditedAndRehashedEntryIsCaughtAgainstAnEarlierPublishedCheckpoint() {
        Draw draw = draws.committed();
        draws.executed(draw);
        Checkpoint kept = kept(1); // published after the execution: it covers both entries
        Bundle genuine = draws.service.bundle(draw.id().value(), OPERATOR);

        // the forger changes the COMMIT entry's actor, re-hashes the draw's chain, rebuilds the platform tree and
        // re-signs a checkpoint with the platform key
        List<LogEntry> entries = BundleMapper.log(genuine.log()).entries();
        DrawLog forgedLog = DrawLog.empty();
        for (LogEntry e : entries) {
            String actor = e.kind() == LogKind.COMMIT ? "someone-else" : e.actor();
            forgedLog = forgedLog.append(e.kind(), e.at(), actor, e.fields());
        }
        List<Hash32> leaves = new ArrayList<>(tlog.leaves.stream().map(InMemoryTransparencyLog.Leaf::hash).toList());
        List<Long> indexes = tlog.leafIndexes(draw.id().value());
        for (int i = 0; i < indexes.size(); i++) {
            leaves.set(indexes.get(i).intValue(), LogLeaf.hash(forgedLog.entries().get(i)));
        }
        Bundle forged = forge(genuine, forgedLog, leaves, indexes);

        // on its own the forgery is self-consistent: the chain, the result and the bundle's own proofs all check
        assertThat(new BundleVerifier().verify(forged).ok()).isTrue();
        assertThat(BundleProofs.check(forged, Checkpoint.of(SignedNote.parse(forged.transparency().checkpoint())),
                null, key).ok()).isTrue();
        // against the checkpoint kept earlier it is caught, with any consistency proof the forger can make
        TransparencyLog forgedTree = TransparencyLog.of(leaves);
        VerificationReport report = BundleProofs.check(forged, kept,
                new ConsistencyProof(kept.treeSize(), forgedTree.size(),
                        forgedTree.consistencyProof(kept.treeSize(), forgedTree.size())), key);
        assertThat(report.ok()).isFalse();
        assertThat(String.join("\n", report.errors())).contains("rewritten or truncated");
        // and the genuine bundle still verifies against it
        assertThat(BundleProofs.check(genuine, kept, null, key).ok()).isTrue();
    }

    @Test
    void aDroppedAbandonedAttemptIsCaughtAgainstAnEarlierPublishedCheckpoint() {
        Draw attempt = draws.committed();
        draws.executed(attempt);
        draws.service.abandon(new DrawCommands.Abandon(attempt.id().value(), "结果不理想",
                TestActors.head("head-01", "qy-amr")));
        Checkpoint kept = kept(2); // published after the abandonment
        Draw draw = draws.committed();
        draws.executed(draw);
        Bundle genuine = draws.service.bundle(draw.id().value(), OPERATOR);

        // the forger removes every leaf of the abandoned attempt, as if only the second draw had happened
        Set<Long> dropped = Set.copyOf(tlog.leafIndexes(attempt.id().value()));
        List<Hash32> leaves = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        Set<Long> ours = Set.copyOf(tlog.leafIndexes(draw.id().value()));
        for (int i = 0; i < tlog.leaves.size(); i++) {
            if (dropped.contains((long) i)) {
                continue;
            }
            if (ours.contains((long) i)) {
                indexes.add((long) leaves.size());
            }
            leaves.add(tlog.leaves.get(i).hash());
        }
        Bundle forged = forge(genuine, BundleMapper.log(genuine.log()), leaves, indexes);

        assertThat(new BundleVerifier().verify(forged).ok()).isTrue();
        TransparencyLog forgedTree = TransparencyLog.of(leaves);
        long common = Math.min(kept.treeSize(), forgedTree.size());
        ConsistencyProof best = kept.treeSize() <= forgedTree.size()
                ? new ConsistencyProof(kept.treeSize(), forgedTree.size(),
                        forgedTree.consistencyProof(kept.treeSize(), forgedTree.size()))
                : new ConsistencyProof(common, kept.treeSize(), List.of());
        VerificationReport report = BundleProofs.check(forged, kept, best, key);
        assertThat(report.ok()).isFalse();
        assertThat(BundleProofs.check(genuine, kept, consistency(kept.treeSize(), tlog.size()), key).ok()).isTrue();
    }

    @Test
    void proofsAreServedForEveryLeafAndEveryPairOfSizes() {
        for (int i = 0; i < 3; i++) {
            Draw d = draws.committed();
            draws.service.abandon(new DrawCommands.Abandon(d.id().value(), "重新抽取", OPERATOR));
        }
        long n = tlog.size();
        assertThat(n).isEqualTo(6);
        TransparencyLog reference = TransparencyLog.of(tlog.leaves.stream()
                .map(InMemoryTransparencyLog.Leaf::hash).toList());
        for (long size = 1; size <= n; size++) {
            for (long index = 0; index < size; index++) {
                ProofJson.Inclusion p = tlog.proofs.inclusion(index, size);
                assertThat(ProofJson.inclusion(ProofJson.toJson(new cn.shuangsuiji.drawprotocol.tlog.InclusionProof(
                        p.leafIndex(), p.treeSize(), ProofJson.hashes(p.proof()))))
                        .verify(reference.leafHashAt(index), reference.root(size))).isTrue();
            }
            for (long from = 1; from <= size; from++) {
                ProofJson.Consistency c = tlog.proofs.consistency(from, size);
                assertThat(new ConsistencyProof(from, size, ProofJson.hashes(c.proof()))
                        .verify(reference.root(from), reference.root(size))).isTrue();
            }
        }
        assertThat(DrawServiceTest.code(() -> tlog.proofs.inclusion(0, n + 1))).isEqualTo("DRAW_LOG_SIZE_INVALID");
        assertThat(DrawServiceTest.code(() -> tlog.proofs.inclusion(5, 5))).isEqualTo("DRAW_LOG_INDEX_INVALID");
        assertThat(DrawServiceTest.code(() -> tlog.proofs.consistency(4, 3))).isEqualTo("DRAW_LOG_SIZE_INVALID");
        assertThat(tlog.proofs.leaves(tlog.leaves.get(0).drawId()).leaves())
                .extracting(l -> l.seq() + ":" + l.leafIndex()).containsExactly("1:0", "2:1");
    }

    /**
     * A failed draw (teams could not be formed) is redrawn; hiding the failed attempt — dropping its leaves so the
     * redraw looks like the first — is caught against a checkpoint kept after the failure, like a dropped
     * abandonment. (A reworded failure is caught by recomputation: {@link FailedDrawTest}.)
     */
    @Test
    void aDroppedFailedDrawIsCaughtAgainstAnEarlierPublishedCheckpoint() {
        cn.shuangsuiji.draw.domain.plan.ApprovedPlan plan = cn.shuangsuiji.draw.domain.draw.DrawFixtures.plan();
        draws.stores.save(new cn.shuangsuiji.draw.domain.plan.ApprovedPlan(plan.planId(), plan.planVersion(),
                plan.kind(), plan.year(), plan.initiatingDepartmentId(), plan.participatingDepartmentIds(),
                new cn.shuangsuiji.draw.domain.plan.PolicyFacts("hebei", 3, 2, 2, "SUBSTITUTION_DRAW", 1, null, 0, 1),
                plan.tasks(), plan.withdrawn()));
        Draw failed = draws.committed();
        assertThat(draws.executed(failed).status()).isEqualTo("FAILED");
        Checkpoint kept = kept(published().size() - 1); // published after the failed execution
        Draw redraw = draws.committed();
        assertThat(redraw.header().redrawOf()).isEqualTo(failed.id().value());
        draws.executed(redraw);
        Bundle genuine = draws.service.bundle(redraw.id().value(), OPERATOR);

        Set<Long> dropped = Set.copyOf(tlog.leafIndexes(failed.id().value()));
        Set<Long> ours = Set.copyOf(tlog.leafIndexes(redraw.id().value()));
        List<Hash32> leaves = new ArrayList<>();
        List<Long> indexes = new ArrayList<>();
        for (int i = 0; i < tlog.leaves.size(); i++) {
            if (dropped.contains((long) i)) {
                continue;
            }
            if (ours.contains((long) i)) {
                indexes.add((long) leaves.size());
            }
            leaves.add(tlog.leaves.get(i).hash());
        }
        Bundle forged = forge(genuine, BundleMapper.log(genuine.log()), leaves, indexes);
        assertThat(new BundleVerifier().verify(forged).ok()).isTrue();
        TransparencyLog forgedTree = TransparencyLog.of(leaves);
        ConsistencyProof best = kept.treeSize() <= forgedTree.size()
                ? new ConsistencyProof(kept.treeSize(), forgedTree.size(),
                        forgedTree.consistencyProof(kept.treeSize(), forgedTree.size()))
                : new ConsistencyProof(forgedTree.size(), kept.treeSize(), List.of());
        assertThat(BundleProofs.check(forged, kept, best, key).ok()).isFalse();
        assertThat(BundleProofs.check(genuine, kept, consistency(kept.treeSize(), tlog.size()), key).ok()).isTrue();
    }

    private ConsistencyProof consistency(long from, long to) {
        ProofJson.Consistency c = tlog.proofs.consistency(from, to);
        return new ConsistencyProof(from, to, ProofJson.hashes(c.proof()));
    }

    /** The bundle with the forged log, and a transparency section from the forged tree, re-signed. */
    private static Bundle forge(Bundle genuine, DrawLog log, List<Hash32> leaves, List<Long> indexes) {
        TransparencyLog tree = TransparencyLog.of(leaves);
        SignedNote note = Checkpoint.at("shuangsuiji.cn/draw-log", tree.size(), tree.root(),
                Instant.parse("2026-02-15T00:00:00Z")).sign(InMemoryTransparencyLog.SIGNER);
        Bundle withLog = new Bundle(genuine.format(), genuine.commitment(), genuine.commitmentHash(),
                genuine.snapshot(), genuine.seedInputs(), genuine.seed(), genuine.result(), genuine.actions(),
                log.entries().stream().map(e -> new Bundle.LogEntry(e.seq(), e.kind().name(), e.at(), e.actor(),
                        e.fields(), e.prevHash().hex(), e.hash().hex())).collect(Collectors.toList()));
        return withLog.withTransparency(BundleProofs.section(tree, indexes, note));
    }
}
