package cn.shuangsuiji.gateway.limits;

import cn.shuangsuiji.gateway.Problems;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * 限流 — per-client rate limits, in process (Resilience4j): an anonymous caller is counted by client IP, a caller
 * with a verified token by the token's subject. Over the limit the gateway answers 429 problem+json
 * ({@code TOO_MANY_REQUESTS}) with {@code Retry-After} in seconds, and the request goes no further. Runs inside the
 * security chain, after the token is checked and before authorization (so it is deliberately not a bean: as a
 * bean it would also run outside the chain).
 */
public class RateLimitFilter implements WebFilter {

    private final RateLimitProperties properties;
    private final ClientRateLimiters anonymous;
    private final ClientRateLimiters authenticated;
    private final AntPathMatcher paths = new AntPathMatcher();

    public RateLimitFilter(RateLimitProperties properties) {
        this.properties = properties;
        this.anonymous = new ClientRateLimiters(properties.anonymous(), properties.maxClients());
        this.authenticated = new ClientRateLimiters(properties.authenticated(), properties.maxClients());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!properties.enabled() || properties.exemptPaths().stream().anyMatch(p -> paths.match(p, path))) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(p -> p instanceof Authentication a && a.isAuthenticated() && a.getName() != null)
                .map(p -> Optional.of(p.getName()))
                .defaultIfEmpty(Optional.empty())
                .flatMap(subject -> {
                    OptionalLong wait = subject.isPresent() ? authenticated.acquire("sub:" + subject.get())
                            : anonymous.acquire("ip:" + clientAddress(exchange));
                    if (wait.isEmpty()) {
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(wait.getAsLong() + 999_999_999L));
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
                    return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_REQUESTS", "请求过于频繁",
                            "请求过于频繁，请在 " + seconds + " 秒后重试");
                });
    }

    /**
     * The client's address: the TCP peer, or, when the peer is a trusted proxy, the right-most address in
     * {@code X-Forwarded-For} that is not a trusted proxy (a client can prepend anything, never append).
     */
    String clientAddress(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        String peer = remote == null ? "unknown" : remote.getAddress() == null ? remote.getHostString()
                : remote.getAddress().getHostAddress();
        List<String> trusted = properties.trustedProxies();
        if (trusted.isEmpty() || !trusted.contains(peer)) {
            return peer;
        }
        List<String> forwarded = exchange.getRequest().getHeaders().getValuesAsList("X-Forwarded-For");
        for (int i = forwarded.size() - 1; i >= 0; i--) {
            String hop = forwarded.get(i).trim();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }
}
