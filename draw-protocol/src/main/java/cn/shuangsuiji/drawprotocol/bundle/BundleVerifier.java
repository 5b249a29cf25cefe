package cn.shuangsuiji.drawprotocol.bundle;

import java.util.ArrayList;
import java.util.List;

import cn.shuangsuiji.drawprotocol.CandidateTable;
import cn.shuangsuiji.drawprotocol.DrawCommitment;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.DrawVerifier;
import cn.shuangsuiji.drawprotocol.EntityCheck;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.VerificationReport;
import cn.shuangsuiji.drawprotocol.tlog.BundleProofs;

/** 核验包核验 — verifies a bundle end to end; anything malformed is reported, not thrown. */
public final class BundleVerifier {
    private final DrawVerifier verifier;

    public BundleVerifier() {
        this(2);
    }

    public BundleVerifier(int threads) {
        this.verifier = new DrawVerifier(threads);
    }

    public VerificationReport verify(Bundle b) {
        if (!Bundle.FORMAT.equals(b.format())) {
            return failed("unsupported bundle format: " + b.format() + " (expected " + Bundle.FORMAT + ")");
        }
        try {
            DrawCommitment c = BundleMapper.commitment(req(b.commitment(), "commitment"));
            Bundle.Snapshot s = req(b.snapshot(), "snapshot");
            CandidateTable targets = BundleMapper.targets(s);
            Hash32 seed = Hash32.fromHex(b.seed());
            DrawResult claimed = BundleMapper.result(req(b.result(), "result"), Hash32.fromHex(b.commitmentHash()), seed);
            VerificationReport r = verifier.verify(c, Hash32.fromHex(b.commitmentHash()), targets,
                    BundleMapper.inspectors(s), BundleMapper.conflicts(s), BundleMapper.experts(s),
                    BundleMapper.seedInputs(req(b.seedInputs(), "seedInputs"), c), seed, claimed,
                    BundleMapper.actions(b.actions()), BundleMapper.log(b.log()));
            if (b.result().resultHash() != null && !b.result().resultHash().equals(claimed.hash().hex())) {
                List<String> errors = new ArrayList<>(r.errors());
                errors.add("result.resultHash " + b.result().resultHash() + " is not the hash of the stated result "
                        + claimed.hash());
                r = new VerificationReport(errors, r.warnings(), r.notes());
            }
            if (b.transparency() != null) {
                VerificationReport t = BundleProofs.selfCheck(b);
                List<String> notes = new ArrayList<>(r.notes());
                notes.addAll(t.notes());
                if (t.ok()) {
                    notes.add("transparency log: whether that checkpoint is genuine and consistent with one you kept "
                            + "is checked by the commands checkpoint-verify, consistency and inclusion");
                }
                List<String> errors = new ArrayList<>(r.errors());
                errors.addAll(t.errors());
                r = new VerificationReport(errors, r.warnings(), notes);
            }
            return r;
        } catch (RuntimeException e) {
            return failed("malformed bundle: " + e.getMessage());
        }
    }

    /** What the bundle proves about one entity. */
    public static EntityCheck checkEntity(Bundle b, String entityId) {
        DrawCommitment c = BundleMapper.commitment(b.commitment());
        CandidateTable targets = BundleMapper.targets(b.snapshot());
        DrawResult result = BundleMapper.result(b.result(), Hash32.fromHex(b.commitmentHash()), Hash32.fromHex(b.seed()));
        return EntityCheck.of(c, targets, result, BundleMapper.actions(b.actions()), entityId);
    }

    private static VerificationReport failed(String error) {
        return new VerificationReport(List.of(error), List.of(), List.of());
    }

    private static <T> T req(T t, String what) {
        if (t == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return t;
    }
}
