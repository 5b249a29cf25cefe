package cn.shuangsuiji.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Anonymous reads of the public views take the short security chain (issue 10) and are still limited with the
 * shipped defaults (120 per minute per client), drawing on the same allowance as the caller's other calls. A context
 * of its own (the marker property) so no other test's calls count against this client.
 */
@TestPropertySource(properties = "ssj.test.context=default-anonymous-limit")
class DefaultAnonymousLimitTest extends GatewayTestBase {

    @Test
    void anonymousReadsAreLimitedWithTheDefaults() {
        for (int i = 0; i < 120; i++) {
            client().get().uri("/api/public/departments?i=" + i).exchange().expectStatus().isOk();
        }
        client().get().uri("/api/public/departments").exchange().expectStatus().isEqualTo(429)
                .expectHeader().exists("Retry-After");
        client().head().uri("/api/public/departments").exchange().expectStatus().isEqualTo(429);
        // the same allowance as the full chain's anonymous calls
        client().get().uri("/api/registry/entities").exchange().expectStatus().isEqualTo(429);
    }
}
