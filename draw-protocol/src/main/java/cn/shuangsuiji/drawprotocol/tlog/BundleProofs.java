package cn.shuangsuiji.drawprotocol.tlog;

import java.util.ArrayList;
import java.util.List;

import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.VerificationReport;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleMapper;

/**
 * 核验包的透明日志证明 — builds a bundle's {@code transparency} section (draw-service) and checks it against a
 * checkpoint somebody kept (anyone; the CLI's {@code inclusion} command). docs/draw-protocol.md §16.5–16.6.
 */
public final class BundleProofs {
    private BundleProofs() {
    }

    /**
     * The transparency section for a bundle whose {@code log} entries sit at {@code leafIndexes} of
     * {@code log}, with proofs against the tree of the checkpoint {@code signedCheckpoint} (its size must
     * not exceed the log's, and every index must be below it).
     */
    public static Bundle.Transparency section(TransparencyLog log, List<Long> leafIndexes, SignedNote signedCheckpoint) {
        Checkpoint c = Checkpoint.of(signedCheckpoint);
        if (!log.root(c.treeSize()).equals(c.rootHash())) {
            throw new IllegalArgumentException("the checkpoint " + c + " is not of this log");
        }
        List<Bundle.LogProof> proofs = new ArrayList<>();
        for (long i : leafIndexes) {
            proofs.add(new Bundle.LogProof(i, ProofJson.hex(log.inclusionProof(i, c.treeSize()))));
        }
        return new Bundle.Transparency(signedCheckpoint.format(), proofs);
    }

    /**
     * Checks a bundle's log entries against a checkpoint the caller kept: every entry is included in the tree
     * of the bundle's checkpoint, and that checkpoint is consistent with the kept one (the same, or related by
     * {@code proof}, in either direction). With {@code logKey}, the bundle's checkpoint signature is verified
     * too; without it, only entries below the kept checkpoint's size are anchored by it (a warning says so).
     *
     * @param proof  consistency proof between the kept and the bundle's checkpoint sizes; null when equal
     * @param logKey the platform's log key, or null
     */
    public static VerificationReport check(Bundle bundle, Checkpoint kept, ConsistencyProof proof,
            NoteVerifierKey logKey) {
        Bundle.Transparency t = bundle.transparency();
        if (t == null || t.checkpoint() == null || t.proofs() == null) {
            return new VerificationReport(List.of("the bundle has no transparency section (checkpoint and proofs)"),
                    List.of(), List.of());
        }
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        SignedNote note;
        Checkpoint bc;
        List<LogEntry> entries;
        List<InclusionProof> proofs = new ArrayList<>();
        try {
            note = SignedNote.parse(t.checkpoint());
            bc = Checkpoint.of(note);
            entries = BundleMapper.log(bundle.log()).entries();
            for (Bundle.LogProof p : t.proofs()) {
                proofs.add(new InclusionProof(p.leafIndex(), bc.treeSize(), ProofJson.hashes(p.proof())));
            }
        } catch (RuntimeException e) {
            return new VerificationReport(List.of("malformed transparency section: " + e.getMessage()), List.of(),
                    List.of());
        }
        if (logKey != null) {
            SignedNote.Verification v = note.verify(logKey);
            if (v == SignedNote.Verification.VERIFIED) {
                notes.add("the bundle's checkpoint is signed by " + logKey.name());
            } else {
                errors.add("the bundle's checkpoint signature of " + logKey.name() + ": " + v);
            }
        }
        VerificationReport inclusion = TransparencyCheck.entries(entries, proofs, bc);
        VerificationReport consistency = TransparencyCheck.consistency(kept, bc, proof);
        long after = proofs.stream().filter(p -> p.leafIndex() >= kept.treeSize()).count();
        if (after > 0 && logKey == null && bc.treeSize() > kept.treeSize()) {
            warnings.add(after + " of the bundle's log entries were appended after the kept checkpoint (size "
                    + kept.treeSize() + "); they rest on the bundle's checkpoint — verify its signature "
                    + "(--key or checkpoint-verify)");
        }
        return TransparencyCheck.merge(new VerificationReport(errors, warnings, notes), inclusion, consistency);
    }

    /**
     * Checks the bundle's transparency section on its own (entries included in the bundle's checkpoint);
     * says nothing about whether the checkpoint is genuine.
     */
    public static VerificationReport selfCheck(Bundle bundle) {
        Bundle.Transparency t = bundle.transparency();
        try {
            Checkpoint bc = Checkpoint.of(SignedNote.parse(t.checkpoint()));
            List<InclusionProof> proofs = new ArrayList<>();
            for (Bundle.LogProof p : t.proofs()) {
                proofs.add(new InclusionProof(p.leafIndex(), bc.treeSize(), ProofJson.hashes(p.proof())));
            }
            return TransparencyCheck.entries(BundleMapper.log(bundle.log()).entries(), proofs, bc);
        } catch (RuntimeException e) {
            return new VerificationReport(List.of("malformed transparency section: " + e.getMessage()), List.of(),
                    List.of());
        }
    }
}
