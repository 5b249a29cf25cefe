package cn.shuangsuiji.gateway.security;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * 匿名读取 — matches a GET or HEAD of a path open to anonymous callers that carries no {@code Authorization} header
 * (any value, an empty one included: every request with the header goes through the full chain and is treated
 * exactly as before — a bearer token is verified, a malformed one is 401, a non-bearer one is anonymous there), decided
 * at once from the request line and headers.
 */
final class AnonymousReads implements ServerWebExchangeMatcher {

    private static final Mono<MatchResult> MATCH = MatchResult.match();
    private static final Mono<MatchResult> NO_MATCH = MatchResult.notMatch();

    private final List<PathPattern> paths;

    AnonymousReads(List<String> paths) {
        this.paths = paths.stream().map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public Mono<MatchResult> matches(ServerWebExchange exchange) {
        return matches(exchange.getRequest().getMethod(), exchange.getRequest().getHeaders(),
                exchange.getRequest().getPath().pathWithinApplication()) ? MATCH : NO_MATCH;
    }

    boolean matches(HttpMethod method, HttpHeaders headers, PathContainer path) {
        if ((method != HttpMethod.GET && method != HttpMethod.HEAD) || headers.containsHeader(HttpHeaders.AUTHORIZATION)) {
            return false;
        }
        for (PathPattern pattern : paths) {
            if (pattern.matches(path)) {
                return true;
            }
        }
        return false;
    }
}
