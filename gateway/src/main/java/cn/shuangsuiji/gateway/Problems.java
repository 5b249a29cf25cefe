package cn.shuangsuiji.gateway;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem details of the gateway itself, with the same stable {@code code} as the services'. */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail, String path,
                                   String traceId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://shuangsuiji.cn/problems/" + code.toLowerCase().replace('_', '-')));
        problem.setTitle(title);
        problem.setInstance(URI.create(path));
        problem.setProperty("code", code);
        problem.setProperty("traceId", traceId == null ? newTraceId() : traceId);
        return problem;
    }

    /** The problem as the flat JSON object RFC 9457 describes (extension members at the top level). */
    public static Map<String, Object> asMap(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance() == null ? null : problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    /** The problem serialized as UTF-8 JSON. */
    public static byte[] bytes(ProblemDetail problem) {
        return JSON.writeValueAsString(asMap(problem)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Answers the exchange with a problem (status, {@code application/problem+json}); the trace id is the request's
     * {@code X-Request-Id}.
     */
    public static Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String code, String title,
                                   String detail) {
        ProblemDetail problem = of(status, code, title, detail, exchange.getRequest().getPath().value(),
                exchange.getRequest().getHeaders().getFirst(RequestIdFilter.HEADER));
        ServerHttpResponse response = exchange.getResponse();
        byte[] body = bytes(problem);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /**
     * A fresh trace id (32 hex digits), for answers given before a request id exists and for every request that
     * comes without an id. It correlates log lines and is no secret: a per-thread generator, not
     * {@code UUID.randomUUID()}, whose shared {@code SecureRandom} every event-loop thread contended for.
     */
    public static String newTraceId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HexFormat hex = HexFormat.of();
        return hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong());
    }
}
