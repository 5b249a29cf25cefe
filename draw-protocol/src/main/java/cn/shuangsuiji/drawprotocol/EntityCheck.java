package cn.shuangsuiji.drawprotocol;

import java.util.ArrayList;
import java.util.List;

/**
 * 自查 — what one entity can check about itself in a published draw: whether it was in the snapshot
 * and eligible, its stratum, its key, the stratum threshold, and whether it was selected, with the
 * comparison that proves it. Substitutions and team assignments after the draw are reported too.
 *
 * @param entityId   the id asked about
 * @param inSnapshot whether a target record with this id was committed
 * @param eligible   whether it was eligible (not excluded)
 * @param stratum    its stratum, "" when not in the snapshot
 * @param key        its rank key as hex, "" when not in the snapshot
 * @param threshold  its stratum's threshold key and id, "" when none
 * @param selected   selected in the draw (before post-draw actions)
 * @param activeNow  a target after the post-draw actions
 * @param proof      the lines of the explanation
 */
public record EntityCheck(String entityId, boolean inSnapshot, boolean eligible, String stratum, String key,
        String threshold, boolean selected, boolean activeNow, List<String> proof) {

    public EntityCheck {
        proof = List.copyOf(proof);
    }

    /** Checks one entity against a draw's published data. */
    public static EntityCheck of(DrawCommitment commitment, CandidateTable targets, DrawResult result,
            List<PostDrawAction> actions, String entityId) {
        List<String> proof = new ArrayList<>();
        int row = targets.indexOf(entityId);
        if (row < 0) {
            proof.add("no target record with id " + entityId + " among the " + targets.size()
                    + " committed records (targets root " + commitment.snapshot().targetsRoot() + ")");
            return new EntityCheck(entityId, false, false, "", "", "", false, false, proof);
        }
        String stratum = targets.stratum(row);
        DrawSeed seed = DrawSeed.fromSeed(result.seed());
        long key = RankKeys.target(seed, entityId);
        String keyHex = Hex.key(key);
        proof.add("record: id " + entityId + ", stratum " + stratum + ", area "
                + (targets.area(row).isEmpty() ? "(none)" : targets.area(row)));
        proof.add("key = first 8 bytes of SHA-256(Kt ‖ id) = " + keyHex + " (Kt derived from seed " + result.seed() + ")");
        if (!targets.eligible(row)) {
            proof.add("not eligible: excluded for " + targets.exclusionReason(row) + " (eligibility facts root "
                    + commitment.snapshot().eligibilityRoot() + "), so it took no part in the draw");
            return new EntityCheck(entityId, true, false, stratum, keyHex, "", false, false, proof);
        }
        StratumOutcome o = result.stratum(stratum);
        if (o == null) {
            proof.add("stratum " + stratum + " is not drawn in this plan, so it took no part in the draw");
            return new EntityCheck(entityId, true, true, stratum, keyHex, "", false, false, proof);
        }
        proof.add("stratum " + stratum + ": " + o.eligible() + " eligible, quota " + o.quota()
                + (o.shortfall() ? " (stratum smaller than quota — all drawn)" : ""));
        String thresholdText = o.threshold() == null ? "" : o.threshold().keyHex() + " (" + o.threshold().id() + ")";
        boolean selected;
        if (o.threshold() == null) {
            proof.add("quota 0: nobody in this stratum was selected");
            selected = false;
        } else {
            int c = RankKeys.compare(key, entityId, o.threshold().key(), o.threshold().id().value());
            selected = c <= 0;
            proof.add("threshold = key of the last selected target = " + thresholdText);
            proof.add(selected
                    ? "key " + keyHex + " ≤ threshold → SELECTED (one of the " + o.quota() + " smallest keys)"
                    : "key " + keyHex + " > threshold → NOT SELECTED (" + o.quota()
                            + " eligible targets of the stratum have smaller keys)");
        }
        for (int i = 0; i < o.reserve().size(); i++) {
            if (o.reserve().get(i).id().value().equals(entityId)) {
                proof.add("position " + (i + 1) + " on the stratum's substitution list (递补名单)");
            }
        }
        boolean active = selected;
        for (PostDrawAction a : actions) {
            if (a instanceof Substitution s) {
                if (s.replaced().value().equals(entityId)) {
                    active = false;
                    proof.add("replaced after the draw (" + s.reason() + ") by " + s.substitute().id());
                }
                if (s.substitute().id().value().equals(entityId)) {
                    active = true;
                    proof.add("taken in after the draw (递补) for " + s.replaced() + " (" + s.reason() + ")");
                }
            }
        }
        for (Team t : result.teams()) {
            if (t.target().value().equals(entityId)) {
                proof.add("team at the draw: leader " + t.leader() + ", members " + t.members());
            }
        }
        return new EntityCheck(entityId, true, true, stratum, keyHex, thresholdText, selected, active, proof);
    }
}
