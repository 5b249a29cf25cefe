package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.drawprotocol.BeaconSpec;
import cn.shuangsuiji.drawprotocol.CandidateTable;
import cn.shuangsuiji.drawprotocol.ConflictSet;
import cn.shuangsuiji.drawprotocol.DepartmentId;
import cn.shuangsuiji.drawprotocol.DrawCommitment;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.DrawPolicy;
import cn.shuangsuiji.drawprotocol.ExpertNeed;
import cn.shuangsuiji.drawprotocol.ExpertPool;
import cn.shuangsuiji.drawprotocol.InspectorPool;
import cn.shuangsuiji.drawprotocol.PublicSource;
import cn.shuangsuiji.drawprotocol.SnapshotRoots;
import cn.shuangsuiji.drawprotocol.StratumQuota;
import cn.shuangsuiji.drawprotocol.TaskItem;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import java.util.List;

/**
 * 抽取输入 — the frozen inputs of a draw before its commitment: candidate table, inspector pool, conflict pairs,
 * quotas, items, departments and policy; and, when teams need drawn experts (protocol revision 1.4), the expert pool,
 * the needs and the experts' workload cap.
 */
public record PreparedDraw(CandidateTable targets, InspectorPool inspectors, ConflictSet conflicts,
                           List<StratumQuota> strata, List<TaskItem> items, List<DepartmentId> participating,
                           DepartmentId initiating, DrawPolicy policy, ExpertPool experts, List<ExpertNeed> expertNeeds,
                           int expertCap) {

    public PreparedDraw {
        expertNeeds = expertNeeds == null ? List.of() : List.copyOf(expertNeeds);
    }

    /** Inputs without experts. */
    public PreparedDraw(CandidateTable targets, InspectorPool inspectors, ConflictSet conflicts,
                        List<StratumQuota> strata, List<TaskItem> items, List<DepartmentId> participating,
                        DepartmentId initiating, DrawPolicy policy) {
        this(targets, inspectors, conflicts, strata, items, participating, initiating, policy, null, List.of(), 0);
    }

    /** The same preparation with drawn experts. */
    public PreparedDraw withExperts(ExpertPool pool, List<ExpertNeed> needs, int cap) {
        return new PreparedDraw(targets, inspectors, conflicts, strata, items, participating, initiating, policy, pool,
                needs, cap);
    }

    /** The commitment (docs/draw-protocol.md §4) of these inputs for one draw attempt. */
    /** The same preparation under another policy (e.g. with the plan's replacement rule, S1 16 / S2 21). */
    public PreparedDraw withPolicy(DrawPolicy other) {
        return new PreparedDraw(targets, inspectors, conflicts, strata, items, participating, initiating, other,
                experts, expertNeeds, expertCap);
    }

    public DrawInputs commit(String drawId, String planRef, String jurisdiction, String policyVersion,
                             String committedAt, BeaconSpec beacon, List<PublicSource> sources,
                             List<WitnessCommitment> witnesses) {
        DrawCommitment c = new DrawCommitment(DrawCommitment.ALGORITHM, drawId, planRef, jurisdiction, policyVersion,
                committedAt, initiating, participating, items, strata, policy,
                SnapshotRoots.of(targets, inspectors, conflicts), beacon, sources, witnesses);
        if (experts != null && !expertNeeds.isEmpty()) {
            return new DrawInputs(c.withExperts(experts.terms(expertNeeds, expertCap)), targets, inspectors, conflicts,
                    experts);
        }
        return new DrawInputs(c, targets, inspectors, conflicts);
    }
}
