package cn.shuangsuiji.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * A stand-in token issuer for the gateway's slice tests: publishes its RSA public key as a JWK set at
 * {@code /oauth2/jwks} on loopback and signs tokens shaped like the identity-service's. The gateway verifies them
 * with its real decoder (signature, issuer, audience, expiry); the IT against the real identity-service is
 * {@code GatewayIdentityIT}.
 */
final class StubIssuer {

    static final StubIssuer INSTANCE = new StubIssuer();

    private final RSAKey key = newKey("stub-1");
    private final RSAKey stranger = newKey("stub-1");
    private final HttpServer server;

    private StubIssuer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/oauth2/jwks", exchange -> {
            byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A valid token of the given subject and roles for department qy-amr, valid for five minutes. */
    String token(String subject, String... roles) {
        return sign(key, claims(subject, issuer(), "ssj-platform", Instant.now().plus(Duration.ofMinutes(5)), roles));
    }

    String expired(String subject, String... roles) {
        return sign(key, claims(subject, issuer(), "ssj-platform", Instant.now().minus(Duration.ofMinutes(5)), roles));
    }

    String wrongAudience(String subject, String... roles) {
        return sign(key, claims(subject, issuer(), "someone-else", Instant.now().plus(Duration.ofMinutes(5)), roles));
    }

    String wrongIssuer(String subject, String... roles) {
        return sign(key, claims(subject, "http://127.0.0.1:1", "ssj-platform",
                Instant.now().plus(Duration.ofMinutes(5)), roles));
    }

    /** Same claims and key id, signed by a key the issuer never published. */
    String forged(String subject, String... roles) {
        return sign(stranger, claims(subject, issuer(), "ssj-platform", Instant.now().plus(Duration.ofMinutes(5)),
                roles));
    }

    private static JWTClaimsSet claims(String subject, String issuer, String audience, Instant expiry,
                                       String... roles) {
        Instant issued = expiry.minus(Duration.ofMinutes(10));
        return new JWTClaimsSet.Builder().subject(subject).issuer(issuer).audience(List.of(audience))
                .issueTime(Date.from(issued)).notBeforeTime(Date.from(issued)).expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString()).claim("roles", List.of(roles)).claim("department", "qy-amr")
                .claim("name", subject).claim("client_id", "ssj-web").build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey newKey(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
