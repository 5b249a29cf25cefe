package cn.shuangsuiji.gateway.limits;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 限流配置 — per-client request limits at the gateway: anonymous callers by client IP, callers with a valid token by
 * the token's subject.
 *
 * @param enabled        whether the gateway limits at all
 * @param anonymous      the limit of one client IP without a token
 * @param authenticated  the limit of one token subject
 * @param maxClients     how many clients' counters are kept (least recently seen are forgotten first)
 * @param exemptPaths    paths never limited (the gateway's own health probe)
 * @param trustedProxies addresses of reverse proxies in front of the gateway whose {@code X-Forwarded-For} is
 *                       believed; empty: the TCP peer is the client
 */
@ConfigurationProperties("ssj.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled,
                                  @DefaultValue({"120", "1m"}) Limit anonymous,
                                  @DefaultValue({"1200", "1m"}) Limit authenticated,
                                  @DefaultValue("10000") int maxClients,
                                  @DefaultValue({"/actuator/health", "/actuator/health/**"}) List<String> exemptPaths,
                                  @DefaultValue List<String> trustedProxies) {

    /**
     * At most {@code requests} per {@code period} per client.
     *
     * @param requests requests allowed in one period
     * @param period   the period after which the allowance is renewed
     */
    public record Limit(int requests, Duration period) {

        public Limit {
            if (requests < 1 || period == null || period.isZero() || period.isNegative()) {
                throw new IllegalArgumentException("rate limit needs requests >= 1 and a positive period");
            }
        }
    }
}
