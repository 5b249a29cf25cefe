package cn.shuangsuiji.drawprotocol.tlog;

import java.util.ArrayList;
import java.util.List;

import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.VerificationReport;

/**
 * 透明日志核验 — what a third party checks with a checkpoint it kept (docs/draw-protocol.md §16.6). Each
 * method reports every failure as an error; a note is added only for a step that passed.
 */
public final class TransparencyCheck {
    private TransparencyCheck() {
    }

    /**
     * The whole log (every entry of every draw, in log order, e.g. an export) against a kept checkpoint: the
     * first {@code kept.treeSize()} entries must hash to the kept root. Catches an entry edited and re-hashed,
     * a dropped entry (an abandoned attempt) and any rewrite of the history before the checkpoint; entries
     * appended later are fine.
     */
    public static VerificationReport fullLog(List<LogEntry> log, Checkpoint kept) {
        List<String> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (kept.treeSize() > log.size()) {
            errors.add("the log has " + log.size() + " entries, fewer than the " + kept.treeSize()
                    + " of the kept checkpoint: it was truncated");
        } else {
            TransparencyLog tree = new TransparencyLog();
            log.forEach(e -> tree.appendLeafHash(LogLeaf.hash(e)));
            Hash32 root = tree.root(kept.treeSize());
            if (root.equals(kept.rootHash())) {
                notes.add("the first " + kept.treeSize() + " of " + log.size() + " log entries hash to the kept "
                        + "checkpoint's root " + kept.rootHash());
            } else {
                errors.add("the first " + kept.treeSize() + " log entries hash to " + root + ", not to the kept "
                        + "checkpoint's root " + kept.rootHash() + ": the history before the checkpoint was changed");
            }
        }
        return new VerificationReport(errors, List.of(), notes);
    }

    /**
     * Entries of one draw, each with its leaf index and inclusion proof, against a checkpoint: each entry's
     * leaf must be included at its index, and the indexes must increase with the entries' order.
     *
     * @param proofs one per entry, same order; each proof's tree size must be the checkpoint's
     */
    public static VerificationReport entries(List<LogEntry> entries, List<InclusionProof> proofs, Checkpoint c) {
        List<String> errors = new ArrayList<>();
        if (entries.size() != proofs.size()) {
            errors.add(entries.size() + " log entries but " + proofs.size() + " inclusion proofs");
            return new VerificationReport(errors, List.of(), List.of());
        }
        long previous = -1;
        for (int i = 0; i < entries.size(); i++) {
            LogEntry e = entries.get(i);
            InclusionProof p = proofs.get(i);
            String which = "log entry " + e.seq() + " (" + e.kind() + ", leaf " + p.leafIndex() + ")";
            if (p.treeSize() != c.treeSize()) {
                errors.add(which + ": proof is for tree size " + p.treeSize() + ", the checkpoint has "
                        + c.treeSize());
            } else if (!p.verify(LogLeaf.hash(e), c.rootHash())) {
                errors.add(which + " is not in the log of checkpoint " + c + " (inclusion proof fails)");
            }
            if (p.leafIndex() <= previous) {
                errors.add(which + ": leaf index not after the previous entry's " + previous);
            }
            previous = p.leafIndex();
        }
        List<String> notes = errors.isEmpty()
                ? List.of(entries.size() + " log entries included in " + c)
                : List.of();
        return new VerificationReport(errors, List.of(), notes);
    }

    /**
     * Two checkpoints of the same log and a consistency proof between them (either order of sizes): the
     * newer tree must extend the older one.
     */
    public static VerificationReport consistency(Checkpoint a, Checkpoint b, ConsistencyProof proof) {
        List<String> errors = new ArrayList<>();
        Checkpoint older = a.treeSize() <= b.treeSize() ? a : b;
        Checkpoint newer = older == a ? b : a;
        if (!older.origin().equals(newer.origin())) {
            errors.add("checkpoints of different logs: " + older.origin() + " and " + newer.origin());
        } else if (proof == null) {
            if (older.treeSize() == newer.treeSize()) {
                check(errors, older.rootHash().equals(newer.rootHash()), "two checkpoints of size "
                        + older.treeSize() + " with different roots: the log forked");
            } else {
                errors.add("sizes " + older.treeSize() + " and " + newer.treeSize() + " differ: a consistency proof "
                        + "between them is needed");
            }
        } else if (proof.oldSize() != older.treeSize() || proof.newSize() != newer.treeSize()) {
            errors.add("the proof is for sizes " + proof.oldSize() + " → " + proof.newSize() + ", the checkpoints have "
                    + older.treeSize() + " → " + newer.treeSize());
        } else if (!proof.verify(older.rootHash(), newer.rootHash())) {
            errors.add("checkpoint " + newer + " is not consistent with " + older
                    + ": the history was rewritten or truncated (consistency proof fails)");
        }
        List<String> notes = errors.isEmpty()
                ? List.of("checkpoint " + newer + " extends " + older + " (append-only)")
                : List.of();
        return new VerificationReport(errors, List.of(), notes);
    }

    /** Joins reports: all errors, warnings and notes. */
    public static VerificationReport merge(VerificationReport... reports) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (VerificationReport r : reports) {
            errors.addAll(r.errors());
            warnings.addAll(r.warnings());
            notes.addAll(r.notes());
        }
        return new VerificationReport(errors, warnings, notes);
    }

    private static void check(List<String> errors, boolean ok, String message) {
        if (!ok) {
            errors.add(message);
        }
    }
}
