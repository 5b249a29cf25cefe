package cn.shuangsuiji.registry.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signed access tokens for tests over real HTTP when the identity-service is not running: RS256 with a key pair
 * made per test JVM, the platform's claims ({@code roles}, {@code department}, {@code client_id}, {@code aud}).
 * The service under test verifies them with a real {@code NimbusJwtDecoder} (signature, issuer, audience, expiry)
 * through {@link TestIdentityConfiguration}; tokens then go through the real {@code TokenActors}.
 */
public final class TestTokens {

    public static final String ISSUER = "http://127.0.0.1:1/test-issuer";
    private static final KeyPair KEYS;

    static {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KEYS = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestTokens() {
    }

    static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    /** A token of a user with these roles in a department (null for none). */
    public static String token(String subject, String department, String... roles) {
        return tokenIn(subject, department, null, roles);
    }

    /** A token of a user with these roles in a department and a jurisdiction (联席办; null for none). */
    public static String tokenIn(String subject, String department, String jurisdiction, String... roles) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(subject).issuer(ISSUER)
                .audience(List.of("ssj-platform")).issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(600))).jwtID(UUID.randomUUID().toString())
                .claim("roles", Arrays.asList(roles)).claim("client_id", "ssj-web").claim("name", subject);
        if (department != null) {
            claims.claim("department", department);
        }
        if (jurisdiction != null) {
            claims.claim("jurisdiction", jurisdiction);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner(KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Authorization header of such a token. */
    public static Map<String, String> bearer(String department, String... roles) {
        String subject = (department == null ? "platform" : department) + "-" + String.join("-", roles).toLowerCase();
        return Map.of("Authorization", "Bearer " + token(subject, department, roles));
    }

    /** 名录管理员 of a department. */
    public static Map<String, String> clerk(String department) {
        return bearer(department, "REGISTRY_CLERK");
    }

    /** 负责人 of a department. */
    public static Map<String, String> head(String department) {
        return bearer(department, "DEPARTMENT_HEAD");
    }

    /** 平台管理员. */
    public static Map<String, String> admin() {
        return bearer(null, "PLATFORM_ADMIN");
    }

    /** 联席办 of a jurisdiction (six-digit region code). */
    public static Map<String, String> jointOffice(String jurisdiction) {
        return Map.of("Authorization", "Bearer " + tokenIn("joint-" + jurisdiction, null, jurisdiction, "JOINT_OFFICE"));
    }

    /** A service account (client credentials). */
    public static Map<String, String> service() {
        return bearer(null, "SERVICE");
    }
}
