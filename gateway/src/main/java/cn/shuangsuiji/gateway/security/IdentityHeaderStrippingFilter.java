package cn.shuangsuiji.gateway.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Drops every client-sent identity header ({@code X-User-Id}, {@code X-Role}, {@code X-Department-Id},
 * {@code X-Forwarded-User} …, see {@link IdentityHeaderProperties}) before authentication and routing, so neither
 * the gateway nor a service behind it can ever be told who the caller is by anything but a verified token.
 */
@Component
class IdentityHeaderStrippingFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(IdentityHeaderStrippingFilter.class);

    private final Set<String> names;
    private final List<String> prefixes;

    IdentityHeaderStrippingFilter(IdentityHeaderProperties properties) {
        this.names = properties.names().stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        this.prefixes = properties.prefixes().stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    boolean isIdentityHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return names.contains(lower) || prefixes.stream().anyMatch(lower::startsWith);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> found = exchange.getRequest().getHeaders().headerNames().stream()
                .filter(this::isIdentityHeader).toList();
        if (found.isEmpty()) {
            return chain.filter(exchange);
        }
        log.debug("Dropped client-sent identity headers {} on {}", found, exchange.getRequest().getPath());
        ServerHttpRequest request = exchange.getRequest().mutate().headers(h -> found.forEach(h::remove)).build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
