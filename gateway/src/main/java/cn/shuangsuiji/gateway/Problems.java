package cn.shuangsuiji.gateway;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details of the gateway itself, with the same stable {@code code} as the services'. */
final class Problems {

    private Problems() {
    }

    static ProblemDetail of(HttpStatusCode status, String code, String title, String detail, String path,
                            String traceId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://shuangsuiji.cn/problems/" + code.toLowerCase().replace('_', '-')));
        problem.setTitle(title);
        problem.setInstance(URI.create(path));
        problem.setProperty("code", code);
        problem.setProperty("traceId", traceId == null ? UUID.randomUUID().toString().replace("-", "") : traceId);
        return problem;
    }

    /** The problem as the flat JSON object RFC 9457 describes (extension members at the top level). */
    static java.util.Map<String, Object> asMap(ProblemDetail problem) {
        java.util.Map<String, Object> body = new java.util.LinkedHashMap<>();
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
}
