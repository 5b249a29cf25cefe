package cn.shuangsuiji.planning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.testsupport.OpenApiDocumentTest;
import org.junit.jupiter.api.Test;

/**
 * The planning service's OpenAPI document satisfies the platform's contract ({@link OpenApiDocumentTest}), and the
 * plan's and the policy's requests have schemas of their own.
 */
class OpenApiDocumentIT extends OpenApiDocumentTest {

    @Test
    void thePlanAndPolicyRequestsHaveSchemasOfTheirOwn() throws Exception {
        String doc = document();
        // issue 13: both shared the schema "Create", so POST /plans showed the policy's fields
        assertThat(doc).contains("\"PlanRequests.Create\"", "\"PolicyRequests.Create\"")
                .doesNotContain("\"Create\":");
        assertThat(doc).contains("\"201\"");
    }
}
