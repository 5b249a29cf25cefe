package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.in.CommitDrawUseCase;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.DrawJobUseCases;
import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.application.port.in.ExecuteDrawUseCase;
import cn.shuangsuiji.draw.application.port.out.DrawJobRepository;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.job.DrawJob;
import cn.shuangsuiji.draw.domain.job.DrawJobKind;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * 抽取任务 — runs {@link CommitDraw} and {@link ExecuteDraw} on the draw-job executor. The use cases are unchanged:
 * each still stores its state change, log entries and event in one transaction, so a job that dies stored nothing.
 * While a job is queued or runs, this instance renews its lease (租约) every third of {@code ssj.draw.jobs.lease}
 * (30 s); {@link RecoverInterruptedDrawJobs} ends the jobs of a dead process at start-up — completed if their draw
 * was stored after all, otherwise interrupted.
 */
@Service
class DrawJobs implements DrawJobUseCases {

    private static final Logger log = LoggerFactory.getLogger(DrawJobs.class);

    private final CommitDrawUseCase commit;
    private final ExecuteDrawUseCase execute;
    private final DrawJobRepository jobs;
    private final Executor executor;
    private final Clock clock;
    private final Duration lease;
    private final Set<String> leased = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat;

    DrawJobs(CommitDrawUseCase commit, ExecuteDrawUseCase execute, DrawJobRepository jobs,
             @Qualifier("drawJobExecutor") Executor executor, Clock clock,
             @Value("${ssj.draw.jobs.lease:30s}") Duration lease) {
        this.commit = commit;
        this.execute = execute;
        this.jobs = jobs;
        this.executor = executor;
        this.clock = clock;
        this.lease = lease;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "draw-job-lease");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(100, lease.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renewLeases, period, period, TimeUnit.MILLISECONDS);
    }

    @jakarta.annotation.PreDestroy
    void stopRenewingLeases() {
        heartbeat.shutdownNow();
    }

    @Override
    public Started<Draw> commit(DrawCommands.Commit cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DRAW_OPERATOR);
        return start(DrawJobKind.COMMIT, cmd.planId(), cmd.taskId(), null, cmd.actor(), () -> commit.commit(cmd),
                draw -> draw.id().value());
    }

    @Override
    public Started<DrawView> execute(DrawCommands.Execute cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DRAW_OPERATOR);
        return start(DrawJobKind.EXECUTE, null, null, cmd.drawId(), cmd.actor(), () -> execute.execute(cmd),
                view -> cmd.drawId());
    }

    private <T> Started<T> start(DrawJobKind kind, String planId, String taskId, String drawId, Actor actor,
                                 Supplier<T> work, Function<T, String> storedDraw) {
        DrawJob job = DrawJob.queued("drawjob-" + UUID.randomUUID(), kind, planId, taskId, drawId, actor.subject(),
                actor.departmentId(), clock.instant());
        jobs.insert(job, clock.instant().plus(lease));
        leased.add(job.id());
        CompletableFuture<T> outcome = new CompletableFuture<>();
        Map<String, String> context = MDC.getCopyOfContextMap();
        try {
            executor.execute(() -> {
                if (context != null) {
                    MDC.setContextMap(context);
                }
                try {
                    run(job, work, storedDraw, outcome);
                } finally {
                    MDC.clear();
                }
            });
        } catch (RuntimeException e) {
            leased.remove(job.id());
            end(job.failed("CONFLICT", "DRAW_JOB_REJECTED", "抽取任务未能开始", "抽取任务未能开始，请稍后重试",
                    clock.instant()));
            throw e;
        }
        return new Started<>(job, outcome);
    }

    private <T> void run(DrawJob queued, Supplier<T> work, Function<T, String> storedDraw,
                         CompletableFuture<T> outcome) {
        DrawJob job = queued.running(clock.instant());
        try {
            jobs.started(job.id(), job.startedAt());
            T result = work.get();
            end(job.completed(storedDraw.apply(result), clock.instant()));
            outcome.complete(result);
        } catch (DomainProblem p) {
            end(job.failed(p.kind().name(), p.code(), p.title(), p.detail(), clock.instant()));
            outcome.completeExceptionally(p);
        } catch (RuntimeException | Error e) {
            log.warn("Draw job {} ({}) failed: {}", job.id(), job.kind(), e.toString());
            end(job.failed(null, "DRAW_JOB_FAILED", "抽取任务失败",
                    job.kind() == DrawJobKind.COMMIT ? "抽取未承诺，请重新提交" : "抽取未执行，请重新提交",
                    clock.instant()));
            outcome.completeExceptionally(e);
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            leased.remove(job.id());
        }
    }

    private void end(DrawJob ended) {
        try {
            jobs.finish(ended);
        } catch (RuntimeException e) {
            // its lease runs out and the start-up recovery ends it from the stored draws
            log.warn("Could not store the end of draw job {}: {}", ended.id(), e.toString());
        }
    }

    private void renewLeases() {
        try {
            if (!leased.isEmpty()) {
                jobs.renewLeases(List.copyOf(leased), clock.instant().plus(lease));
            }
        } catch (RuntimeException e) {
            log.warn("Could not renew the leases of draw jobs {}: {}", leased, e.toString());
        }
    }

    @Override
    public DrawJob get(String jobId, Actor actor) {
        DrawAccess.requireRole(actor, Role.values());
        DrawJob job = jobs.find(jobId).orElse(null);
        boolean readable = job != null && (DrawAccess.readsEverything(actor)
                || Objects.equals(actor.subject(), job.startedBy())
                || job.departmentId() != null && actor.inDepartment(job.departmentId()));
        if (!readable) {
            throw DomainProblem.notFound("DRAW_JOB_NOT_FOUND", "抽取任务", jobId);
        }
        return job;
    }
}
