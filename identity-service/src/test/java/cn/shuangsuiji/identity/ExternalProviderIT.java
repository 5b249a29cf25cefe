package cn.shuangsuiji.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.testsupport.Identity;
import cn.shuangsuiji.testsupport.RequiresIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The provider other modules' integration tests use ({@code IT_ISSUER_URI}, started by {@code deploy/test.sh}):
 * test-support's static {@link Identity} gives user tokens by role and department and client tokens.
 */
@RequiresIdentity
class ExternalProviderIT {

    private final NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(Identity.issuer()).build();

    @Test
    void tokensByRoleAndDepartment() {
        Jwt planner = decoder.decode(Identity.tokenFor("PLANNER", "qy-amr"));
        Jwt inspector = decoder.decode(Identity.tokenFor("INSPECTOR", "qy-psb", "ins-0123456789ab"));

        assertThat(planner.getSubject()).isEqualTo("it-planner-qy-amr");
        assertThat(planner.getClaimAsStringList("roles")).containsExactly("PLANNER");
        assertThat(planner.getClaimAsString("department")).isEqualTo("qy-amr");
        assertThat(planner.getAudience()).contains("ssj-platform");
        assertThat(inspector.getClaimAsString("inspector_id")).isEqualTo("ins-0123456789ab");
    }

    @Test
    void demoUsersAndServices() {
        Jwt clerk = decoder.decode(Identity.userToken("qy-cult-clerk", "ssj-demo-2026"));
        Jwt service = decoder.decode(Identity.clientToken("ssj-services", "ssj-services-demo-secret"));

        assertThat(clerk.getClaimAsStringList("roles")).containsExactly("REGISTRY_CLERK");
        assertThat(service.getClaimAsStringList("roles")).containsExactly("SERVICE");
        assertThat(service.getIssuer().toString()).isEqualTo(Identity.issuer());
    }
}
