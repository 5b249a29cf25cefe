package cn.shuangsuiji.identity.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ssj.identity.*} — the provider's settings.
 *
 * @param issuer            the issuer URL written into tokens and the discovery document; blank = taken from each
 *                          request (tests on a random port)
 * @param accessTokenTtl    access token lifetime (default 15 minutes)
 * @param refreshTokenTtl   refresh token lifetime
 * @param keysDir           where the signing keys live (files 600)
 * @param keyRotationPeriod how long a key signs before a new one takes over
 * @param keyOverlap        how long a retired key is still published, so tokens it signed keep verifying
 * @param keyRotationCheck  how often the scheduler checks whether a rotation is due
 * @param audience          the audience every access token carries
 * @param demo              demo users and the test-admin client
 * @param clients           the registered clients by client id
 */
@ConfigurationProperties("ssj.identity")
public record IdentityProperties(
        String issuer,
        @DefaultValue("PT15M") Duration accessTokenTtl,
        @DefaultValue("P1D") Duration refreshTokenTtl,
        @DefaultValue(".data/identity-keys") Path keysDir,
        @DefaultValue("P30D") Duration keyRotationPeriod,
        @DefaultValue("P1D") Duration keyOverlap,
        @DefaultValue("PT1H") Duration keyRotationCheck,
        @DefaultValue("ssj-platform") String audience,
        @DefaultValue Demo demo,
        Map<String, Client> clients) {

    public IdentityProperties {
        clients = clients == null ? Map.of() : new LinkedHashMap<>(clients);
        if (keyOverlap.compareTo(accessTokenTtl) < 0) {
            throw new IllegalArgumentException("ssj.identity.key-overlap (" + keyOverlap
                    + ") must be at least ssj.identity.access-token-ttl (" + accessTokenTtl + ")");
        }
    }

    /** Whether the issuer is fixed by configuration. */
    public boolean issuerConfigured() {
        return issuer != null && !issuer.isBlank();
    }

    /** @param enabled demo users and the ssj-test-admin client (never under the prod profile) */
    public record Demo(@DefaultValue("false") boolean enabled) {
    }

    /**
     * One registered client.
     *
     * @param type         {@code public} (authorization code + PKCE, refresh tokens) or {@code confidential}
     *                     (client credentials)
     * @param name         display name
     * @param secret       the client secret (confidential clients)
     * @param redirectUris redirect URIs (public clients)
     * @param scopes       scopes the client may ask for
     * @param roles        role codes in the tokens of a confidential client
     * @param department   department in the tokens of a confidential client
     * @param demoOnly     registered only when demo mode is on
     */
    public record Client(@DefaultValue("confidential") String type, String name, String secret,
                         List<String> redirectUris, List<String> scopes, List<String> roles, String department,
                         @DefaultValue("false") boolean demoOnly) {

        public Client {
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        public boolean isPublic() {
            return "public".equalsIgnoreCase(type);
        }
    }
}
