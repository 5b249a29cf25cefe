package cn.shuangsuiji.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/** The gateway's identity pieces without Spring: which headers are identity headers, roles, health reduction. */
class GatewaySecurityUnitTest {

    private final IdentityHeaderStrippingFilter stripping = new IdentityHeaderStrippingFilter(
            new IdentityHeaderProperties(List.of("X-User-Id", "X-Role", "X-Department-Id", "X-Forwarded-User",
                    "Remote-User"), List.of("X-Auth-Request-", "X-Ssj-")));

    @Test
    void identityHeadersAreMatchedByNameOrPrefixIgnoringCase() {
        assertThat(List.of("X-User-Id", "x-role", "X-DEPARTMENT-ID", "X-Forwarded-User", "remote-user",
                "X-Auth-Request-Groups", "x-ssj-actor")).allMatch(stripping::isIdentityHeader);
        assertThat(List.of("Authorization", "X-Request-Id", "X-Forwarded-For", "Content-Type", "X-Roles-Note"))
                .noneMatch(stripping::isIdentityHeader);
    }

    @Test
    void theDefaultListCoversTheHeadersTheServicesOnceTrusted() {
        IdentityHeaderProperties defaults = new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("ssj.gateway.identity-headers", IdentityHeaderProperties.class);
        IdentityHeaderStrippingFilter filter = new IdentityHeaderStrippingFilter(defaults);
        assertThat(List.of("X-User-Id", "X-Role", "X-Roles", "X-Department-Id", "X-Forwarded-User",
                "X-Forwarded-Email", "X-Forwarded-Groups", "X-Remote-User", "X-Jurisdiction", "X-Inspector-Id",
                "X-User-Department", "X-Auth-Request-User")).allMatch(filter::isIdentityHeader);
        assertThat(filter.isIdentityHeader("Authorization")).isFalse();
    }

    @Test
    void rolesBecomeRoleAuthoritiesFromAnArrayAStringOrANestedClaim() {
        Jwt array = jwt(Map.of("roles", List.of("PLANNER", "department_head", "ROLE_WITNESS", "not a role!")));
        assertThat(new TokenAuthorities("roles").authorities(array)).map(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_PLANNER", "ROLE_DEPARTMENT_HEAD", "ROLE_WITNESS");
        Jwt string = jwt(Map.of("roles", "PLATFORM_ADMIN SERVICE"));
        assertThat(new TokenAuthorities("roles").authorities(string)).map(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_PLATFORM_ADMIN", "ROLE_SERVICE");
        Jwt keycloak = jwt(Map.of("realm_access", Map.of("roles", List.of("JOINT_OFFICE"))));
        assertThat(new TokenAuthorities("realm_access.roles").authorities(keycloak))
                .map(GrantedAuthority::getAuthority).containsExactly("ROLE_JOINT_OFFICE");
        assertThat(new TokenAuthorities("roles").authorities(jwt(Map.of("scope", "x")))).isEmpty();
    }

    @Test
    void healthIsReducedToItsStatus() {
        byte[] details = "{\"status\":\"DOWN\",\"components\":{\"kafka\":{\"details\":{\"clusterId\":\"c\"}}}}"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(new String(HealthDetailsFilter.statusOnly(details), StandardCharsets.UTF_8))
                .isEqualTo("{\"status\":\"DOWN\"}");
        assertThat(new String(HealthDetailsFilter.statusOnly("<html>".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)).isEqualTo("{\"status\":\"UNKNOWN\"}");
        assertThat(new String(HealthDetailsFilter.statusOnly("{\"status\":\"/etc/passwd\"}"
                .getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8)).isEqualTo("{\"status\":\"UNKNOWN\"}");
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("u").issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(60)).claims(c -> c.putAll(claims)).build();
    }
}
