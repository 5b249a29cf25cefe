package cn.shuangsuiji.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Looks for leased jobs of dead processes at start-up and then every half lease, on a daemon thread of its own: a job
 * killed with its process is ended at most about 1.5 leases after the kill, by this instance once it runs again or by
 * any other instance. A failed scan is logged and tried again at the next period. Each service's job kind (entity
 * imports, snapshot confirmations, draw jobs) extends this with its recovery use case.
 */
public abstract class LeaseRecoveryScan implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LeaseRecoveryScan.class);

    private final String name;
    private final Consumer<Instant> recoverExpired;
    private final Clock clock;
    private final Duration lease;
    private final boolean enabled;
    private volatile ScheduledExecutorService executor;

    /**
     * @param name           the thread's name and the subject of the log line of a failed scan
     * @param recoverExpired ends the jobs whose lease ran out before the given instant
     * @param enabled        false for tests that drive the recovery themselves
     */
    protected LeaseRecoveryScan(String name, Consumer<Instant> recoverExpired, Clock clock, Duration lease,
                                boolean enabled) {
        this.name = name;
        this.recoverExpired = recoverExpired;
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
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        executor = started;
        long period = Math.max(1000, lease.toMillis() / 2);
        started.scheduleWithFixedDelay(this::scan, 0, period, TimeUnit.MILLISECONDS);
    }

    private void scan() {
        try {
            recoverExpired.accept(clock.instant());
        } catch (RuntimeException e) {
            log.warn("{} scan failed; will retry: {}", name, e.toString());
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
