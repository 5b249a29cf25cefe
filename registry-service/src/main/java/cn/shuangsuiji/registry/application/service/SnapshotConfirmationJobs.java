package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.ConfirmSnapshotJobs;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.out.SnapshotJobRepository;
import cn.shuangsuiji.registry.domain.snapshot.RegistrySnapshot;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotJob;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotKind;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * 快照确认任务 — runs {@link SnapshotService}'s confirmation on the snapshot executor. While a job is queued or runs,
 * this instance stores its progress and renews its lease (租约) every {@code ssj.registry.snapshot.progress-interval}
 * (1 s); a job whose lease ran out belongs to a dead process and {@link RecoverInterruptedSnapshotJobsService} ends
 * it {@code INTERRUPTED}. The job's completion is stored in the snapshot's own transaction, conditionally on the job
 * being unfinished: a job already ended by a recovery cannot store its snapshot afterwards (nothing half-written, no
 * {@code RegistrySnapshotConfirmed} without a completed job).
 */
@Service
class SnapshotConfirmationJobs implements ConfirmSnapshotJobs {

    private static final Logger log = LoggerFactory.getLogger(SnapshotConfirmationJobs.class);

    private final SnapshotService snapshots;
    private final SnapshotJobRepository jobs;
    private final Executor executor;
    private final Clock clock;
    private final Duration lease;
    private final Map<String, AtomicLong> running = new ConcurrentHashMap<>();
    private final ScheduledExecutorService heartbeat;
    private volatile RecordFaults faults = NO_FAULTS;
    private static final RecordFaults NO_FAULTS = (jobId, records) -> { };

    SnapshotConfirmationJobs(SnapshotService snapshots, SnapshotJobRepository jobs,
                             @Qualifier("registrySnapshotExecutor") Executor executor, Clock clock,
                             @Value("${ssj.registry.snapshot.lease:30s}") Duration lease,
                             @Value("${ssj.registry.snapshot.progress-interval:1s}") Duration progressInterval) {
        this.snapshots = snapshots;
        this.jobs = jobs;
        this.executor = executor;
        this.clock = clock;
        this.lease = lease;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "registry-snapshot-lease");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(50, Math.min(progressInterval.toMillis(), lease.toMillis() / 3));
        heartbeat.scheduleWithFixedDelay(this::beat, period, period, TimeUnit.MILLISECONDS);
    }

    @jakarta.annotation.PreDestroy
    void stopHeartbeat() {
        heartbeat.shutdownNow();
    }

    @Override
    public Started start(SnapshotKind kind, SnapshotScope scope, Actor actor) {
        snapshots.requireConfirmable(scope, actor);
        SnapshotJob job = SnapshotJob.queued("snapjob-" + UUID.randomUUID(), SnapshotService.newId(), kind, scope,
                actor.subject(), clock.instant());
        AtomicLong progress = new AtomicLong();
        running.put(job.id(), progress);
        jobs.insert(job, clock.instant().plus(lease));
        CompletableFuture<RegistrySnapshot> outcome = new CompletableFuture<>();
        try {
            executor.execute(() -> run(job, actor, progress, outcome));
        } catch (RuntimeException e) {
            running.remove(job.id());
            jobs.finish(job.failed(0, "SNAPSHOT_JOB_REJECTED", "确认任务未能开始：" + e.getMessage(), clock.instant()));
            throw e;
        }
        return new Started(job, outcome);
    }

    private void run(SnapshotJob queued, Actor actor, AtomicLong progress, CompletableFuture<RegistrySnapshot> outcome) {
        SnapshotJob job = queued.running(clock.instant());
        try {
            jobs.started(job.id(), job.startedAt());
            RegistrySnapshot snapshot = snapshots.confirm(job.snapshotId(), job.kind(), job.scope(), actor,
                    n -> {
                        progress.lazySet(n);
                        faults.afterRecord(job.id(), n);
                    }, stored -> {
                        if (!jobs.finish(job.completed(stored.recordCount(), clock.instant()))) {
                            throw new IllegalStateException("snapshot job " + job.id() + " was ended elsewhere");
                        }
                    });
            log.info("Snapshot job {} stored snapshot {} ({} records)", job.id(), snapshot.id().value(),
                    snapshot.recordCount());
            outcome.complete(snapshot);
        } catch (DomainProblem p) {
            end(job.failed(progress.get(), p.code(), p.detail(), clock.instant()));
            outcome.completeExceptionally(p);
        } catch (RuntimeException | Error e) {
            log.warn("Snapshot job {} failed: {}", job.id(), e.toString());
            end(job.failed(progress.get(), "SNAPSHOT_JOB_FAILED", "快照确认失败，未生成快照；请重新确认",
                    clock.instant()));
            outcome.completeExceptionally(e);
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            running.remove(job.id());
        }
    }

    private void end(SnapshotJob ended) {
        try {
            jobs.finish(ended);
        } catch (RuntimeException e) {
            // the lease runs out and the recovery ends it INTERRUPTED
            log.warn("Could not store the end of snapshot job {}: {}", ended.id(), e.toString());
        }
    }

    private void beat() {
        try {
            if (!running.isEmpty()) {
                Map<String, Long> done = new java.util.HashMap<>();
                running.forEach((id, n) -> done.put(id, n.get()));
                jobs.heartbeat(done, clock.instant().plus(lease));
            }
        } catch (RuntimeException e) {
            log.warn("Could not renew the leases of snapshot jobs {}: {}", running.keySet(), e.toString());
        }
    }

    /** Test seam: called after each record written into a job's content. */
    void faults(RecordFaults faults) {
        this.faults = faults == null ? NO_FAULTS : faults;
    }

    /** A fault injected while a job writes its content (tests end the job elsewhere with it). */
    @FunctionalInterface
    interface RecordFaults {
        void afterRecord(String jobId, long records);
    }

    @Override
    public SnapshotJob get(String jobId, Actor actor) {
        RegistryRights.requireStaff(actor);
        return jobs.find(jobId).orElseThrow(() -> DomainProblem.notFound("SNAPSHOT_JOB_NOT_FOUND", "快照确认任务", jobId));
    }
}
