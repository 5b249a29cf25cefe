package cn.shuangsuiji.gateway.limits;

import cn.shuangsuiji.gateway.Problems;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 请求体过大 — refuses a body larger than the path's limit with 413 problem+json ({@code PAYLOAD_TOO_LARGE}) before
 * anything is forwarded when {@code Content-Length} says so; a body sent without a length (chunked) is counted
 * while it streams and cut off with {@link PayloadTooLargeException} at the limit.
 */
@Component
@EnableConfigurationProperties(RequestSizeProperties.class)
class RequestBodyLimitFilter implements WebFilter, Ordered {

    private final RequestSizeProperties properties;
    private final AntPathMatcher paths = new AntPathMatcher();

    RequestBodyLimitFilter(RequestSizeProperties properties) {
        this.properties = properties;
    }

    /** The body limit of a path. */
    DataSize limitOf(String path) {
        return properties.paths().stream().filter(p -> paths.match(p.pattern(), path)).findFirst()
                .map(RequestSizeProperties.PathLimit::maxBody).orElse(properties.maxBody());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long limit = limitOf(exchange.getRequest().getPath().value()).toBytes();
        long length = exchange.getRequest().getHeaders().getContentLength();
        if (length > limit) {
            return tooLarge(exchange, limit);
        }
        if (length >= 0) {
            return chain.filter(exchange);
        }
        AtomicLong seen = new AtomicLong();
        ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().handle((buffer, sink) -> {
                    if (seen.addAndGet(buffer.readableByteCount()) > limit) {
                        org.springframework.core.io.buffer.DataBufferUtils.release(buffer);
                        sink.error(new PayloadTooLargeException(limit));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(counted).build());
    }

    static Mono<Void> tooLarge(ServerWebExchange exchange, long limit) {
        return Problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "请求体过大",
                "请求体超过此地址允许的 " + human(limit) + "（" + limit + " 字节）");
    }

    static String human(long bytes) {
        return bytes >= 1 << 20 ? (bytes >> 20) + " MB" : bytes >= 1 << 10 ? (bytes >> 10) + " KB" : bytes + " 字节";
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }
}
