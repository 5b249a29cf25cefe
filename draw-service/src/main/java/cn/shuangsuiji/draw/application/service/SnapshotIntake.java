package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.domain.draw.CandidateIntake;
import cn.shuangsuiji.draw.domain.draw.DrawPreparation;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.draw.domain.snapshot.EntitySnapshotReader;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import java.util.List;

/**
 * 快照流式采集 — the commit's way in for entity snapshots (issue 12): each confirmed snapshot's records go into one
 * {@link CandidateIntake}, the columnar candidate table the engine draws from — replayed from the records
 * {@link SnapshotContents} checked when the snapshot was confirmed, else streamed from the source straight through
 * {@link EntitySnapshotReader}; no record becomes an object and no content is held whole.
 */
final class SnapshotIntake {

    private SnapshotIntake() {
    }

    /** The intake after every snapshot streamed and checked (a check that fails refuses the whole commit). */
    static CandidateIntake read(SnapshotContents source, ApprovedPlan plan, PlannedTask task,
                                List<ConfirmedSnapshot> snapshots, List<InspectorRecord> inspectors) {
        return read(source, plan, task, snapshots, inspectors, java.util.Map.of());
    }

    /** The same, matching {@code riders}' (experts') relation keys against the entities' party keys too. */
    static CandidateIntake read(SnapshotContents source, ApprovedPlan plan, PlannedTask task,
                                List<ConfirmedSnapshot> snapshots, List<InspectorRecord> inspectors,
                                java.util.Map<String, InspectorRecord> riders) {
        long expected = snapshots.stream().mapToLong(ConfirmedSnapshot::recordCount).sum();
        CandidateIntake intake = DrawPreparation.intake(plan, task, inspectors, riders, expected);
        for (ConfirmedSnapshot s : snapshots) {
            source.readEntities(s, intake);
        }
        return intake;
    }
}
