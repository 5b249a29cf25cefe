package cn.shuangsuiji.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * 令牌到操作人 — the one place that reads identity out of a verified token: roles, department, jurisdiction and
 * inspector id from the configured claims. Unknown role codes are ignored (a provider may carry roles of other
 * applications).
 */
public final class TokenActors {

    private final SecurityProperties properties;

    public TokenActors(SecurityProperties properties) {
        this.properties = properties;
    }

    /** The authenticated token for a verified JWT, with {@code ROLE_<code>} authorities. */
    public AbstractAuthenticationToken authenticate(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : roles(jwt)) {
            authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        }
        return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
    }

    /** The actor of an authentication; {@link Actor#ANONYMOUS} for none or an anonymous one. */
    public Actor actorOf(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token) || !token.isAuthenticated()) {
            return Actor.ANONYMOUS;
        }
        Jwt jwt = token.getToken();
        String clientId = firstString(jwt, "client_id", "azp");
        String name = firstString(jwt, "name", "preferred_username");
        return new Actor(jwt.getSubject() == null ? String.valueOf(clientId) : jwt.getSubject(), name, roles(jwt),
                string(jwt, properties.departmentClaim()), string(jwt, properties.jurisdictionClaim()),
                string(jwt, properties.inspectorClaim()), clientId);
    }

    Set<Role> roles(Jwt jwt) {
        Object value = claim(jwt.getClaims(), properties.rolesClaim());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value instanceof Collection<?> values) {
            values.forEach(v -> Role.fromClaim(String.valueOf(v)).ifPresent(roles::add));
        } else if (value instanceof String s) {
            for (String part : s.split("[ ,]+")) {
                Role.fromClaim(part).ifPresent(roles::add);
            }
        }
        return roles;
    }

    private static String string(Jwt jwt, String path) {
        Object value = claim(jwt.getClaims(), path);
        if (value instanceof Collection<?> values) {
            value = values.isEmpty() ? null : values.iterator().next();
        }
        return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value);
    }

    private static String firstString(Jwt jwt, String... names) {
        for (String name : names) {
            String v = string(jwt, name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Object claim(Map<String, Object> claims, String path) {
        Object current = claims;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return null;
            }
            current = map.get(part);
        }
        return current;
    }
}
