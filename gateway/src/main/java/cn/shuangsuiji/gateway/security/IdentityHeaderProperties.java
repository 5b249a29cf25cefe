package cn.shuangsuiji.gateway.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * 身份请求头 — request headers that claim an identity and that no client may send: the gateway drops them (by
 * exact name or prefix, ignoring case) before authentication and routing. Identity comes only from the token.
 *
 * @param names    header names dropped
 * @param prefixes header name prefixes dropped
 */
@ConfigurationProperties("ssj.gateway.identity-headers")
public record IdentityHeaderProperties(
        @DefaultValue({"X-User", "X-User-Id", "X-User-Name", "X-Username", "X-Role", "X-Roles", "X-Department",
                "X-Department-Id", "X-Jurisdiction", "X-Inspector-Id", "X-Client-Id", "X-Actor", "X-Subject",
                "X-Forwarded-User", "X-Forwarded-Email", "X-Forwarded-Preferred-Username", "X-Forwarded-Groups",
                "X-Forwarded-Access-Token", "X-Remote-User", "Remote-User", "X-Authenticated-User",
                "X-Authenticated-Userid", "X-Userinfo", "X-Consumer-Username", "X-Consumer-Custom-Id"})
        List<String> names,
        @DefaultValue({"X-User-", "X-Role-", "X-Department-", "X-Auth-Request-", "X-Ssj-", "X-Actor-"})
        List<String> prefixes) {
}
