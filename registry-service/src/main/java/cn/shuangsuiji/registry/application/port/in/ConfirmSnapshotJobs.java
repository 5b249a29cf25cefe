package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.snapshot.RegistrySnapshot;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotJob;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotKind;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import java.util.concurrent.CompletableFuture;

/**
 * 快照确认任务 — confirms registries into a snapshot in the background (issue 12: a registry of 10^7 entities takes
 * longer than a request may), with progress; the caller may wait for a bounded time and otherwise answers with the
 * job. The rights and the scope's departments are checked before the job is queued.
 */
public interface ConfirmSnapshotJobs {

    /** A queued job and the outcome of its run: the stored snapshot, or the refusal/failure that ended it. */
    record Started(SnapshotJob job, CompletableFuture<RegistrySnapshot> outcome) {
    }

    Started start(SnapshotKind kind, SnapshotScope scope, Actor actor);

    /** The job as stored (progress, state, snapshot id); staff only ({@code SNAPSHOT_JOB_NOT_FOUND} if unknown). */
    SnapshotJob get(String jobId, Actor actor);
}
