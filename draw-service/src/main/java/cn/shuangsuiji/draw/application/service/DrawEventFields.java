package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.contracts.draw.CommittedSource;
import cn.shuangsuiji.contracts.draw.CommittedWitness;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.draw.domain.draw.DrawPreparation;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.LogEntry;
import java.util.List;

/**
 * 抽查任务公告字段 — the public facts of a draw that its events carry for the announcement (issue 10): the
 * commitment's public sources and witnesses' commitments, how many repeat pairings the commitment excludes (a count,
 * never who), and after execution the head of the draw's hash-chained log and the transparency log's size.
 */
final class DrawEventFields {

    private DrawEventFields() {
    }

    static List<CommittedSource> sources(DrawInputs inputs) {
        return inputs.commitment().sources().stream()
                .map(s -> new CommittedSource(s.name(), s.description(), s.format())).toList();
    }

    static List<CommittedWitness> witnesses(DrawInputs inputs) {
        return inputs.commitment().witnesses().stream()
                .map(w -> new CommittedWitness(w.witness(), w.commitment().hex())).toList();
    }

    /** Inspector–candidate pairs the commitment excludes because of an earlier pairing (no repeat pairing). */
    static int repeatPairingsAvoided(DrawInputs inputs) {
        return (int) inputs.conflicts().all().stream()
                .filter(p -> DrawPreparation.REPEAT_PAIRING.equals(p.reason())).count();
    }

    /**
     * The completion with the log head: the hash of the draw's EXECUTE entry and the transparency log's size once
     * the execution's transaction commits (the size of the checkpoint published with it), null outside one.
     */
    static DrawCompleted withLog(DrawCompleted e, LogEntry execute, Long treeSize) {
        return new DrawCompleted(e.eventId(), e.occurredAt(), e.drawId(), e.planId(), e.taskId(), e.year(), e.level(),
                e.status(), e.failureCode(), e.beaconNetwork(), e.beaconRound(), e.seed(), e.commitmentHash(),
                e.resultHash(), e.targets(), e.teams(), e.forms(), e.thresholds(), e.bundlePath(), e.executedAt(),
                execute.hash().hex(), treeSize);
    }
}
