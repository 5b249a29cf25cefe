package cn.shuangsuiji.gateway.security;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.NettyWriteResponseFilter;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Health of the services through the gateway ({@code /services/<service>/actuator/health}) shows the status only,
 * unless the caller's token carries {@code ROLE_PLATFORM_ADMIN}. The services hide details themselves; this is the
 * second lock, so that a service configured wrongly still never shows disk paths, hosts or the Kafka cluster id to
 * anyone else.
 */
@Component
class HealthDetailsFilter implements GlobalFilter, Ordered {

    static final String ADMIN = "ROLE_PLATFORM_ADMIN";
    private static final String HEALTH = "/services/*/actuator/health/**";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AntPathMatcher paths = new AntPathMatcher();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!paths.match(HEALTH, path)) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .filter(p -> p instanceof Authentication a && a.isAuthenticated()
                        && a.getAuthorities().stream().anyMatch(g -> ADMIN.equals(g.getAuthority())))
                .map(admin -> true)
                .defaultIfEmpty(false)
                .flatMap(admin -> admin ? chain.filter(exchange)
                        : chain.filter(exchange.mutate().response(new StatusOnly(exchange)).build()));
    }

    @Override
    public int getOrder() {
        return NettyWriteResponseFilter.WRITE_RESPONSE_FILTER_ORDER - 1;
    }

    /** {@code {"status": …}} of a health document; {@code UNKNOWN} for anything that is not one. */
    static byte[] statusOnly(byte[] health) {
        Object status = "UNKNOWN";
        try {
            Map<?, ?> document = JSON.readValue(health, Map.class);
            if (document.get("status") instanceof String s && s.matches("[A-Z_]{1,32}")) {
                status = s;
            }
        } catch (RuntimeException notJson) {
            // keep UNKNOWN
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        return JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    }

    private static final class StatusOnly extends ServerHttpResponseDecorator {

        StatusOnly(ServerWebExchange exchange) {
            super(exchange.getResponse());
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            return DataBufferUtils.join(Flux.from(body)).defaultIfEmpty(bufferFactory().wrap(new byte[0]))
                    .flatMap(joined -> {
                        byte[] bytes = new byte[joined.readableByteCount()];
                        joined.read(bytes);
                        DataBufferUtils.release(joined);
                        byte[] out = statusOnly(bytes);
                        HttpHeaders headers = getDelegate().getHeaders();
                        headers.remove(HttpHeaders.TRANSFER_ENCODING);
                        headers.setContentType(MediaType.APPLICATION_JSON);
                        headers.setContentLength(out.length);
                        return getDelegate().writeWith(Mono.just(bufferFactory().wrap(out)));
                    });
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            return writeWith(Flux.from(body).concatMap(Flux::from));
        }
    }
}
