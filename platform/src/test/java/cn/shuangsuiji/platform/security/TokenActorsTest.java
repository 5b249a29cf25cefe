package cn.shuangsuiji.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class TokenActorsTest {

    private static Jwt jwt(Map<String, Object> claims) {
        Jwt.Builder b = Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.EPOCH)
                .expiresAt(Instant.EPOCH.plusSeconds(60));
        claims.forEach(b::claim);
        return b.build();
    }

    @Test
    void readsRolesDepartmentAndInspectorFromTheConfiguredClaims() {
        TokenActors actors = new TokenActors(new SecurityProperties("http://i", null, "ssj-platform", "roles",
                "department", "jurisdiction", "inspector_id", List.of()));
        Jwt jwt = jwt(Map.of("sub", "qy-amr-inspector", "roles", List.of("INSPECTOR", "SOMETHING_ELSE"),
                "department", "qy-amr", "inspector_id", "ins-abc", "client_id", "ssj-web", "name", "张三"));

        var auth = actors.authenticate(jwt);
        Actor actor = actors.actorOf(auth);

        assertThat(auth.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_INSPECTOR");
        assertThat(actor).isEqualTo(new Actor("qy-amr-inspector", "张三", Set.of(Role.INSPECTOR), "qy-amr", null,
                "ins-abc", "ssj-web"));
        assertThat(actor.isAnonymous()).isFalse();
    }

    @Test
    void aDottedRolesClaimReachesIntoKeycloakStyleObjects() {
        TokenActors actors = new TokenActors(new SecurityProperties("http://i", null, "ssj-platform",
                "realm_access.roles", "department", "jurisdiction", "inspector_id", List.of()));
        Jwt jwt = jwt(Map.of("sub", "u", "realm_access", Map.of("roles", List.of("planner", "offline_access")),
                "department", List.of("qy-psb")));

        Actor actor = actors.actorOf(actors.authenticate(jwt));

        assertThat(actor.roles()).containsExactly(Role.PLANNER);
        assertThat(actor.departmentId()).isEqualTo("qy-psb");
    }

    @Test
    void noAuthenticationIsTheAnonymousCaller() {
        TokenActors actors = new TokenActors(new SecurityProperties("http://i", null, "a", "roles", "department",
                "jurisdiction", "inspector_id", List.of()));
        assertThat(actors.actorOf(null).isAnonymous()).isTrue();
    }

    @Test
    void requireRefusesAnonymousWith401AndOtherRolesOrDepartmentsWith403() {
        Actor planner = new Actor("p", null, Set.of(Role.PLANNER), "qy-amr", null, null, "ssj-web");

        assertThatThrownBy(() -> Actor.ANONYMOUS.require(Role.PLANNER)).isInstanceOf(DomainProblem.class)
                .extracting(e -> ((DomainProblem) e).kind()).isEqualTo(ProblemKind.UNAUTHENTICATED);
        assertThatThrownBy(() -> planner.require(Role.DEPARTMENT_HEAD)).isInstanceOf(DomainProblem.class)
                .extracting(e -> ((DomainProblem) e).kind()).isEqualTo(ProblemKind.FORBIDDEN);
        assertThatThrownBy(() -> planner.requireIn("qy-psb", Role.PLANNER)).isInstanceOf(DomainProblem.class)
                .extracting(e -> ((DomainProblem) e).code()).isEqualTo("FORBIDDEN");
        assertThat(planner.requireIn("qy-amr", Role.PLANNER)).isSameAs(planner);
        assertThat(planner.name()).isEqualTo("p");
    }
}
