package cn.shuangsuiji.gateway.limits;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * 客户端限流器 — one Resilience4j {@link RateLimiter} per client key, in process, never waiting: a request either
 * gets a permission now or is refused with the time until the next one. Keeps at most {@code maxClients} keys,
 * forgetting the least recently seen.
 */
final class ClientRateLimiters {

    private final RateLimiterConfig config;
    private final Map<String, RateLimiter> limiters;

    ClientRateLimiters(RateLimitProperties.Limit limit, int maxClients) {
        this.config = RateLimiterConfig.custom().limitForPeriod(limit.requests())
                .limitRefreshPeriod(limit.period()).timeoutDuration(Duration.ZERO).build();
        this.limiters = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, RateLimiter> eldest) {
                return size() > maxClients;
            }
        };
    }

    /** Empty if the client may go on; else how long (nanoseconds) until it gets its next permission. */
    OptionalLong acquire(String client) {
        RateLimiter limiter;
        synchronized (limiters) {
            limiter = limiters.computeIfAbsent(client, key -> RateLimiter.of(key, config));
        }
        if (limiter.acquirePermission()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(nanosToWait(limiter), 1));
    }

    private static long nanosToWait(RateLimiter limiter) {
        if (limiter.getMetrics() instanceof io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter
                .AtomicRateLimiterMetrics metrics) {
            return metrics.getNanosToWait();
        }
        return limiter.getRateLimiterConfig().getLimitRefreshPeriod().toNanos();
    }
}
