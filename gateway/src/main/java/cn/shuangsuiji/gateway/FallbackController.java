package cn.shuangsuiji.gateway;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import cn.shuangsuiji.gateway.limits.PayloadTooLargeException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Where an open circuit, a timeout or a refused connection lands: a 503 problem, never a hang. */
@RestController
class FallbackController {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(FallbackController.class);

    @RequestMapping("/fallback/{service}")
    Mono<ResponseEntity<ProblemDetail>> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        Object original = exchange.getAttribute(
                org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
        if (original instanceof java.util.Set<?> urls && !urls.isEmpty()) {
            path = ((java.net.URI) urls.iterator().next()).getPath();
        }
        if (exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR) instanceof PayloadTooLargeException e) {
            // a body sent without a length grew past the limit while it streamed: the caller's fault, not the service's
            return Mono.just(ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", "请求体过大", e.getReason(),
                            path, exchange.getRequest().getHeaders().getFirst("X-Request-Id"))));
        }
        Object cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause instanceof io.github.resilience4j.circuitbreaker.CallNotPermittedException) {
            log.debug("{} {}: circuit of {} is open", exchange.getRequest().getMethod(), path, service);
        } else {
            log.warn("{} {}: {} unavailable: {}", exchange.getRequest().getMethod(), path, service,
                    cause instanceof Throwable t ? t.getClass().getName() + ": " + t.getMessage() : "no response");
        }
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "UPSTREAM_UNAVAILABLE", "服务暂不可用",
                "后端服务 " + service + " 暂时无法响应（超时或不可达），请稍后重试", path,
                exchange.getRequest().getHeaders().getFirst("X-Request-Id"));
        return Mono.just(ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", "5")
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem));
    }
}
