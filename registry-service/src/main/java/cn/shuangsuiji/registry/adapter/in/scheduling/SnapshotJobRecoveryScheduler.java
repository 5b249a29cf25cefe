package cn.shuangsuiji.registry.adapter.in.scheduling;

import cn.shuangsuiji.registry.application.port.in.RecoverInterruptedSnapshotJobs;
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
 * Looks for snapshot confirmation jobs of dead processes at start-up and then every half lease
 * ({@code ssj.registry.snapshot.lease}, 30 s by default): a job killed with its process is ended {@code INTERRUPTED}
 * (its content chunks deleted) at most about 1.5 leases after the kill, by this instance once it runs again or by any
 * other instance. Disabled with {@code ssj.registry.snapshot.recovery-enabled=false}.
 */
@Component
class SnapshotJobRecoveryScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SnapshotJobRecoveryScheduler.class);

    private final RecoverInterruptedSnapshotJobs recovery;
    private final Clock clock;
    private final Duration lease;
    private final boolean enabled;
    private volatile ScheduledExecutorService executor;

    SnapshotJobRecoveryScheduler(RecoverInterruptedSnapshotJobs recovery, Clock clock,
                            @Value("${ssj.registry.snapshot.lease:30s}") Duration lease,
                            @Value("${ssj.registry.snapshot.recovery-enabled:true}") boolean enabled) {
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
            Thread t = new Thread(r, "registry-snapshot-recovery");
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
            log.warn("Snapshot job recovery scan failed; will retry: {}", e.toString());
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
