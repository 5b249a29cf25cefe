package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.registry.domain.importing.ImportJob;
import cn.shuangsuiji.registry.domain.importing.RowError;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Stores import jobs and their row errors. */
public interface ImportJobRepository {

    /** Stores the job's fields (its lease and counters of later batches are kept as they are). */
    void save(ImportJob job);

    /** Stores a new job together with its first lease. */
    void save(ImportJob job, Instant leaseUntil);

    /**
     * Adds one written batch to the job's counters; inside the batch's transaction, so the counters always match
     * what was committed.
     */
    void addBatch(String jobId, long rows, long created, long updated, long unchanged, long rejected);

    /**
     * Ends an unfinished (queued or running) job with this state and counters; false if it had already ended
     * (completed, failed, or interrupted by another instance's recovery), in which case nothing is stored.
     */
    boolean finish(ImportJob job);

    /** Extends the lease (租约) of jobs this instance runs or queues until {@code until}. */
    void renewLeases(Collection<String> jobIds, Instant until);

    /** Unfinished jobs whose lease ran out before {@code now} (or that never had one). */
    List<ImportJob> findWithExpiredLease(Instant now);

    Optional<ImportJob> find(String id);

    void appendErrors(String jobId, List<RowError> errors);

    void forEachError(String jobId, Consumer<RowError> sink);
}
