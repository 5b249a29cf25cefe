package cn.shuangsuiji.registry;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.shuangsuiji.testsupport.OpenApiContract;
import cn.shuangsuiji.testsupport.RealInfra;
import cn.shuangsuiji.testsupport.RequiresRealInfra;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The registry service's OpenAPI document (issue 13) satisfies the platform's contract: unique schema names, every operation
 * with summary, description, success status and its error responses (problem+json), the bearer-JWT scheme, and the
 * gateway as the server, so Swagger UI's "Try it out" goes through the gateway.
 */
@RequiresRealInfra
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        RealInfra.register(registry, RealInfra.uniqueDatabase("registry_openapi"));
        // the document needs no events: no consumers, no relay (less load beside the other contexts of the run)
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
        registry.add("ssj.outbox.relay-enabled", () -> "false");
    }

    @Autowired
    MockMvc mvc;

    private String document() throws Exception {
        return mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDocumentSatisfiesTheContract() throws Exception {
        String gateway = System.getenv().getOrDefault("SSJ_GATEWAY_URL", OpenApiContract.DEFAULT_GATEWAY);
        OpenApiContract.assertSatisfiedBy(document(), gateway);
    }
}
