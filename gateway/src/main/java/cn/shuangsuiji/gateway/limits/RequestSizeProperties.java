package cn.shuangsuiji.gateway.limits;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * 请求大小限制 — the largest request body the gateway forwards (413 beyond it), with larger limits for paths that
 * take uploads (the registry's imports). The request line and the headers are limited by the HTTP server itself
 * ({@code server.netty.max-initial-line-length} → 414, {@code server.max-http-request-header-size} → 431), answered
 * as problem+json by {@link DecodingFailureResponses}.
 *
 * @param maxBody the limit of every path not listed in {@code paths}
 * @param paths   larger (or smaller) limits by path pattern ({@code **} matches any number of segments); the first
 *                matching pattern wins
 */
@ConfigurationProperties("ssj.gateway.request-size")
public record RequestSizeProperties(@DefaultValue("10MB") DataSize maxBody,
                                    @DefaultValue List<PathLimit> paths) {

    /**
     * @param pattern path pattern, e.g. {@code /api/registry/**}{@code /imports}
     * @param maxBody the limit of the matching paths
     */
    public record PathLimit(String pattern, DataSize maxBody) {
    }
}
