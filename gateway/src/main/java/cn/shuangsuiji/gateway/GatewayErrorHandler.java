package cn.shuangsuiji.gateway;

import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Renders the gateway's own errors (no route, bad request, internal) as problem+json with a stable code. */
@Component
@Order(-2)
class GatewayErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);
    private final JsonMapper json = JsonMapper.builder().build();

    private static boolean isUnreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatusCode status = error instanceof ResponseStatusException rse ? rse.getStatusCode()
                : isUnreachable(error) ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR;
        String code;
        String title;
        String detail;
        if (status.value() == 404) {
            code = "RESOURCE_NOT_FOUND";
            title = "资源不存在";
            detail = "没有这个地址：" + exchange.getRequest().getPath().value();
        } else if (status.value() == 413) {
            code = "PAYLOAD_TOO_LARGE";
            title = "请求体过大";
            detail = error instanceof ResponseStatusException rse && rse.getReason() != null ? rse.getReason()
                    : "请求体超过此地址允许的大小";
        } else if (status.value() == 503 || status.value() == 504) {
            code = "UPSTREAM_UNAVAILABLE";
            title = "服务暂不可用";
            detail = "后端服务暂时无法响应，请稍后重试";
        } else if (status.is4xxClientError()) {
            code = "BAD_REQUEST";
            title = "请求无效";
            detail = "请求无效：" + (error instanceof ResponseStatusException rse && rse.getReason() != null
                    ? rse.getReason() : status.toString());
        } else {
            log.error("Gateway error on {}", exchange.getRequest().getPath(), error);
            code = "INTERNAL_ERROR";
            title = "网关内部错误";
            detail = "网关内部错误";
        }
        ProblemDetail problem = Problems.of(status, code, title, detail, exchange.getRequest().getPath().value(),
                exchange.getRequest().getHeaders().getFirst("X-Request-Id"));
        byte[] body = json.writeValueAsString(Problems.asMap(problem)).getBytes(StandardCharsets.UTF_8);
        exchange.getResponse().setStatusCode(status);
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return exchange.getResponse().writeWith(Mono.just(exchange.getResponse().bufferFactory().wrap(body)));
    }
}
