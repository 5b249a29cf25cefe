package cn.shuangsuiji.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IdentityTest {

    @Test
    void pkceChallengeIsTheUnpaddedBase64UrlSha256OfTheVerifier() {
        assertThat(Identity.challenge("M25iVXpKU3puUjFaYWg3T1NDTDQtcW1ROUY5YXlwalNoc0hhakxifmZHag"))
                .isEqualTo("qjrzSW9gMiUgpUvqgEPE4_-8swvyCtfOVvg55o5S_es");
    }

    @Test
    void formsAndJsonAreEncoded() {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("scope", "openid profile");
        form.put("redirect_uri", "http://127.0.0.1/callback");
        assertThat(Identity.formBody(form)).isEqualTo("scope=openid%20profile&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcallback");

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "张\"三\\");
        body.put("roles", List.of("PLANNER"));
        body.put("department", null);
        assertThat(Identity.json(body)).isEqualTo("{\"name\":\"张\\\"三\\\\\",\"roles\":[\"PLANNER\"],\"department\":null}");
    }

    @Test
    void withoutAnIssuerTheProviderIsUnavailable() {
        boolean configured = System.getenv("IT_ISSUER_URI") != null || System.getProperty("IT_ISSUER_URI") != null;
        if (!configured) {
            assertThat(Identity.availability().available()).isFalse();
            assertThat(Identity.availability().description()).contains("IT_ISSUER_URI");
        }
        assertThat(Arrays.asList(Identity.WEB_CLIENT, Identity.REDIRECT_URI)).doesNotContainNull();
    }
}
