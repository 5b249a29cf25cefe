package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.verifier.BeaconSpec;
import cn.shuangsuiji.verifier.CandidateTable;
import cn.shuangsuiji.verifier.ConflictSet;
import cn.shuangsuiji.verifier.DepartmentId;
import cn.shuangsuiji.verifier.DrawCommitment;
import cn.shuangsuiji.verifier.DrawInputs;
import cn.shuangsuiji.verifier.DrawPolicy;
import cn.shuangsuiji.verifier.InspectorPool;
import cn.shuangsuiji.verifier.PublicSource;
import cn.shuangsuiji.verifier.SnapshotRoots;
import cn.shuangsuiji.verifier.StratumQuota;
import cn.shuangsuiji.verifier.TaskItem;
import cn.shuangsuiji.verifier.WitnessCommitment;
import java.util.List;

/**
 * 抽取输入 — the frozen inputs of a draw before its commitment: candidate table, inspector pool, conflict pairs,
 * quotas, items, departments and policy.
 */
public record PreparedDraw(CandidateTable targets, InspectorPool inspectors, ConflictSet conflicts,
                           List<StratumQuota> strata, List<TaskItem> items, List<DepartmentId> participating,
                           DepartmentId initiating, DrawPolicy policy) {

    /** The commitment (docs/draw-protocol.md §4) of these inputs for one draw attempt. */
    /** The same preparation under another policy (e.g. with the plan's replacement rule, S1 16 / S2 21). */
    public PreparedDraw withPolicy(DrawPolicy other) {
        return new PreparedDraw(targets, inspectors, conflicts, strata, items, participating, initiating, other);
    }

    public DrawInputs commit(String drawId, String planRef, String jurisdiction, String policyVersion,
                             String committedAt, BeaconSpec beacon, List<PublicSource> sources,
                             List<WitnessCommitment> witnesses) {
        DrawCommitment c = new DrawCommitment(DrawCommitment.ALGORITHM, drawId, planRef, jurisdiction, policyVersion,
                committedAt, initiating, participating, items, strata, policy,
                SnapshotRoots.of(targets, inspectors, conflicts), beacon, sources, witnesses);
        return new DrawInputs(c, targets, inspectors, conflicts);
    }
}
