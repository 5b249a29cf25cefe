package cn.shuangsuiji.identity.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProductionSafetyTest {

    private static IdentityProperties properties(boolean demo, String servicesSecret) {
        return new IdentityProperties("https://id.example.gov.cn", Duration.ofMinutes(15), Duration.ofDays(1),
                Path.of("keys"), Duration.ofDays(30), Duration.ofDays(1), Duration.ofHours(1), "ssj-platform",
                new IdentityProperties.Demo(demo),
                Map.of("ssj-services", new IdentityProperties.Client("confidential", null, servicesSecret, null, null,
                                List.of("SERVICE"), null, false),
                        "ssj-test-admin", new IdentityProperties.Client("confidential", null,
                                "ssj-test-admin-demo-secret", null, null, List.of("PLATFORM_ADMIN"), null, true)));
    }

    @Test
    void demoUsersAreRefused() {
        assertThat(ProductionSafety.problems(properties(true, "a-real-secret")))
                .anyMatch(p -> p.contains("demo.enabled"));
        assertThatThrownBy(() -> ProductionSafety.check(properties(true, "a-real-secret")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("prod");
    }

    @Test
    void demoDefaultSecretsAreRefused() {
        assertThat(ProductionSafety.problems(properties(false, "ssj-services-demo-secret")))
                .containsExactlyInAnyOrder("client ssj-services uses its demo default secret",
                        "client ssj-test-admin uses its demo default secret");
    }

    @Test
    void aProductionConfigurationPasses() {
        IdentityProperties ok = new IdentityProperties("https://id.example.gov.cn", Duration.ofMinutes(15),
                Duration.ofDays(1), Path.of("keys"), Duration.ofDays(30), Duration.ofDays(1), Duration.ofHours(1),
                "ssj-platform", new IdentityProperties.Demo(false), Map.of("ssj-services",
                new IdentityProperties.Client("confidential", null, "s3cr3t-from-vault", null, null, List.of("SERVICE"),
                        null, false)));

        assertThat(ProductionSafety.problems(ok)).isEmpty();
    }
}
