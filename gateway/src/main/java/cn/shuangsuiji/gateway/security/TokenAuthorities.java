package cn.shuangsuiji.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import reactor.core.publisher.Mono;

/**
 * 令牌角色 — {@code ROLE_<code>} authorities from the configured roles claim of a verified token (an array or a
 * space/comma separated string; a dotted path reaches into objects). The gateway needs roles only for its own
 * endpoints (health details, gateway actuator); the services decide everything else from the relayed token.
 */
final class TokenAuthorities implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final String rolesClaim;

    TokenAuthorities(String rolesClaim) {
        this.rolesClaim = rolesClaim;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt jwt) {
        return Mono.just(new JwtAuthenticationToken(jwt, authorities(jwt), jwt.getSubject()));
    }

    List<GrantedAuthority> authorities(Jwt jwt) {
        Object value = jwt.getClaims();
        for (String part : rolesClaim.split("\\.")) {
            value = value instanceof Map<?, ?> map ? map.get(part) : null;
        }
        List<String> codes = new ArrayList<>();
        if (value instanceof Collection<?> values) {
            values.forEach(v -> codes.add(String.valueOf(v)));
        } else if (value instanceof String s) {
            codes.addAll(List.of(s.split("[ ,]+")));
        }
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String code : codes) {
            String c = code.trim().toUpperCase(Locale.ROOT);
            if (c.matches("[A-Z_]{1,64}")) {
                authorities.add(new SimpleGrantedAuthority(c.startsWith("ROLE_") ? c : "ROLE_" + c));
            }
        }
        return authorities;
    }
}
