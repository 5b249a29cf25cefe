package cn.shuangsuiji.draw.adapter.in.scheduling;

import cn.shuangsuiji.draw.application.port.in.RecoverInterruptedDrawJobsUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks for draw jobs of dead processes at start-up and then every half lease ({@code ssj.draw.jobs.lease}, 30 s):
 * a job killed with its process is ended at most about 1.5 leases after the kill. Disabled with
 * {@code ssj.draw.jobs.recovery-enabled=false} (tests that drive the recovery themselves).
 */
@Component
class DrawJobRecoveryScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DrawJobRecoveryScheduler.class);

    private final RecoverInterruptedDrawJobsUseCase recovery;
    private final Clock clock;
    private final Duration lease;
    private final boolean enabled;
    private volatile ScheduledExecutorService executor;

    DrawJobRecoveryScheduler(RecoverInterruptedDrawJobsUseCase recovery, Clock clock,
                             @Value("${ssj.draw.jobs.lease:30s}") Duration lease,
                             @Value("${ssj.draw.jobs.recovery-enabled:true}") boolean enabled) {
        this.recovery = recovery;
        this.clock = clock;
        this.lease = lease;
        this.enabled = enabled;
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "draw-job-recovery");
            t.setDaemon(true);
            return t;
        });
        executor = started;
        long period = Math.max(1000, lease.toMillis() / 2);
        started.scheduleWithFixedDelay(this::scan, 0, period, TimeUnit.MILLISECONDS);
    }

    private void scan() {
        try {
            recovery.recoverExpired(clock.instant());
        } catch (RuntimeException e) {
            log.warn("Draw job recovery scan failed; will retry: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService current = executor;
        executor = null;
        if (current != null) {
            current.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
