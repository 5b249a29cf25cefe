package cn.shuangsuiji.registry.adapter.in.demo;

import cn.shuangsuiji.platform.mongo.DatabaseOutages;
import cn.shuangsuiji.platform.mongo.TransactionConflicts;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;
import org.springframework.stereotype.Component;

/**
 * 演示数据加载重试 — runs a step of a demo loader again while MongoDB cannot answer it yet: on a loaded machine a
 * start-up's first database calls may outlast the driver's server-selection timeout (3 s), and a loader that threw
 * then stopped the whole application ({@code Application run failed}). A database outage or a transaction conflict
 * ({@link DatabaseOutages}, {@link TransactionConflicts}) is retried with exponential backoff (first delay, doubled up
 * to a largest delay) until the bound ({@code ssj.demo.startup-retry.bound}, 5 min); any other failure, or the
 * outage outlasting the bound, fails the start as before. Each step must be safe to run again (the loaders skip
 * what exists).
 */
@Component
@ConditionalOnProperty(name = "ssj.demo.enabled", havingValue = "true")
class DemoStartupRetry {

    private static final Logger log = LoggerFactory.getLogger(DemoStartupRetry.class);

    private final RetryTemplate retry;

    DemoStartupRetry(@Value("${ssj.demo.startup-retry.first-delay:1s}") Duration firstDelay,
                     @Value("${ssj.demo.startup-retry.max-delay:30s}") Duration maxDelay,
                     @Value("${ssj.demo.startup-retry.bound:5m}") Duration bound) {
        this.retry = new RetryTemplate(RetryPolicy.builder()
                .predicate(e -> DatabaseOutages.isOutage(e) || TransactionConflicts.isConflict(e))
                .maxRetries(Long.MAX_VALUE).delay(firstDelay).multiplier(2).maxDelay(maxDelay).timeout(bound)
                .build());
        this.retry.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy policy, Retryable<?> step, RetryState state) {
                Throwable last = state.getLastException();
                log.warn("{}: MongoDB did not answer ({}); retry {} within {}", step.getName(),
                        last == null ? "?" : last.getClass().getSimpleName(), state.getRetryCount(), bound);
            }
        });
    }

    /** Runs {@code step}, again after a database outage or conflict, until it completes or the bound is reached. */
    void run(String name, Runnable step) {
        get(name, () -> {
            step.run();
            return null;
        });
    }

    /** As {@link #run}, returning the step's value; the last failure is thrown as the step threw it. */
    <T> T get(String name, Supplier<T> step) {
        try {
            return retry.execute(new Retryable<T>() {
                @Override
                public T execute() {
                    return step.get();
                }

                @Override
                public String getName() {
                    return name;
                }
            });
        } catch (RetryException e) {
            if (e.getCause() instanceof RuntimeException last) {
                throw last;
            }
            throw new IllegalStateException(name + " failed", e);
        }
    }
}
