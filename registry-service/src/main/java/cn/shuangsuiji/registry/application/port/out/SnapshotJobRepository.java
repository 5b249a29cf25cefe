package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.registry.domain.snapshot.SnapshotJob;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores snapshot confirmation jobs (快照确认任务) with their lease (租约). */
public interface SnapshotJobRepository {

    /** Stores a new job with its first lease. */
    void insert(SnapshotJob job, Instant leaseUntil);

    /** Marks a queued job running (only if it has not ended). */
    void started(String jobId, Instant startedAt);

    /** Renews the leases of unfinished jobs and stores their progress (job id → records done). */
    void heartbeat(Map<String, Long> recordsDone, Instant leaseUntil);

    /**
     * Ends an unfinished job with this state; false if it had already ended (by another instance's recovery), in
     * which case nothing is stored. Called inside the snapshot's transaction for a completed job.
     */
    boolean finish(SnapshotJob job);

    /** Unfinished jobs whose lease ran out before {@code now}. */
    List<SnapshotJob> findWithExpiredLease(Instant now);

    Optional<SnapshotJob> find(String id);
}
