package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.registry.application.port.in.RecoverInterruptedSnapshotJobs;
import cn.shuangsuiji.registry.application.port.out.SnapshotJobRepository;
import cn.shuangsuiji.registry.application.port.out.SnapshotRepository;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotJob;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Marks the snapshot confirmation jobs of a dead process {@code INTERRUPTED} and deletes the content chunks they
 * wrote (see {@link RecoverInterruptedSnapshotJobs}). The job is not resumed: confirming again is cheap compared to
 * proving a half-written content complete, and the reserved snapshot id is never used.
 */
@Service
class RecoverInterruptedSnapshotJobsService implements RecoverInterruptedSnapshotJobs {

    private static final Logger log = LoggerFactory.getLogger(RecoverInterruptedSnapshotJobsService.class);

    private final SnapshotJobRepository jobs;
    private final SnapshotRepository snapshots;

    RecoverInterruptedSnapshotJobsService(SnapshotJobRepository jobs, SnapshotRepository snapshots) {
        this.jobs = jobs;
        this.snapshots = snapshots;
    }

    @Override
    public List<SnapshotJob> recoverExpired(Instant now) {
        List<SnapshotJob> ended = new ArrayList<>();
        for (SnapshotJob expired : jobs.findWithExpiredLease(now)) {
            try {
                SnapshotJob interrupted = expired.interrupted(now);
                if (jobs.finish(interrupted)) {
                    snapshots.deleteContent(expired.snapshotId());
                    log.warn("Snapshot job {} was interrupted: its process stopped after {} records; snapshot {} "
                            + "was not stored", expired.id(), expired.recordsDone(), expired.snapshotId().value());
                    ended.add(interrupted);
                }
            } catch (RuntimeException e) {
                log.warn("Could not end interrupted snapshot job {}: {}", expired.id(), e.toString());
            }
        }
        return ended;
    }
}
