package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.draw.domain.job.DrawJob;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores draw jobs (抽取任务) with their lease (租约). */
public interface DrawJobRepository {

    /** Stores a new job with its first lease. */
    void insert(DrawJob job, Instant leaseUntil);

    /** Marks a queued job running (only if it has not ended). */
    void started(String jobId, Instant startedAt);

    /** Renews the leases of the unfinished jobs this instance queues or runs. */
    void renewLeases(Collection<String> jobIds, Instant leaseUntil);

    /**
     * Ends an unfinished job with this state; false if it had already ended (by another instance's recovery). A
     * COMPLETED end also replaces INTERRUPTED: a live job whose lease starved stored its draw after all.
     */
    boolean finish(DrawJob job);

    /** Unfinished jobs whose lease ran out before {@code now}. */
    List<DrawJob> findWithExpiredLease(Instant now);

    Optional<DrawJob> find(String id);
}
