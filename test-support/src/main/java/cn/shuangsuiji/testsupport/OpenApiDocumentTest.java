package cn.shuangsuiji.testsupport;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A service's OpenAPI document (issue 13) satisfies the platform's contract ({@link OpenApiContract}): unique schema
 * names, every operation with summary, description, success status and its error responses (problem+json), the
 * bearer-JWT scheme, and the gateway as the server, so Swagger UI's "Try it out" goes through the gateway. A service
 * runs it with a class of its own in its root package: {@code class OpenApiDocumentIT extends OpenApiDocumentTest {}}.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
public abstract class OpenApiDocumentTest {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("openapi"));
        // the document needs no events: no consumers, no relay (less load beside the other contexts of the run)
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
        registry.add("ssj.outbox.relay-enabled", () -> "false");
    }

    @Autowired
    MockMvc mvc;

    /** The service's document, {@code GET /v3/api-docs}. */
    protected String document() throws Exception {
        return mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    public void theDocumentSatisfiesTheContract() throws Exception {
        String gateway = System.getenv().getOrDefault("SSJ_GATEWAY_URL", OpenApiContract.DEFAULT_GATEWAY);
        OpenApiContract.assertSatisfiedBy(document(), gateway);
    }
}
