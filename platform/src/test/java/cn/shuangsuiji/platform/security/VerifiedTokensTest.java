package cn.shuangsuiji.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

class VerifiedTokensTest {

    static final Instant ISSUED = Instant.parse("2026-12-01T10:00:00Z");

    /** Stands for the full decoder: "good-*" tokens verify (counted), anything else is a bad signature. */
    final List<String> verifiedInFull = new ArrayList<>();
    final JwtDecoder verifier = token -> {
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        verifiedInFull.add(token);
        return Jwt.withTokenValue(token).header("alg", "RS256").subject(token.substring(5)).issuedAt(ISSUED)
                .expiresAt(ISSUED.plus(Duration.ofMinutes(10))).build();
    };

    static JwtTimestampValidator validAt(Instant now) {
        JwtTimestampValidator validator = new JwtTimestampValidator(Duration.ZERO);
        validator.setClock(Clock.fixed(now, ZoneOffset.UTC));
        return validator;
    }

    @Test
    void aTokenIsVerifiedInFullOnceAndThenTakenAsVerified() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, validAt(ISSUED.plusSeconds(60)), 10);

        Jwt first = tokens.decode("good-alice");
        Jwt again = tokens.decode("good-alice");
        Jwt other = tokens.decode("good-bob");

        assertThat(again).isSameAs(first);
        assertThat(other.getSubject()).isEqualTo("bob");
        assertThat(verifiedInFull).containsExactly("good-alice", "good-bob");
    }

    @Test
    void aKeptTokenIsRefusedOnceItExpiredAndVerifiedInFullIfSentAgain() {
        JwtTimestampValidator clock = validAt(ISSUED.plusSeconds(60));
        VerifiedTokens tokens = new VerifiedTokens(verifier, clock, 10);
        tokens.decode("good-alice");

        clock.setClock(Clock.fixed(ISSUED.plus(Duration.ofMinutes(11)), ZoneOffset.UTC));

        assertThatThrownBy(() -> tokens.decode("good-alice")).isInstanceOf(JwtValidationException.class);
        tokens.decode("good-alice");
        assertThat(verifiedInFull).containsExactly("good-alice", "good-alice");
    }

    @Test
    void aTokenThatFailsVerificationIsNeverKept() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, validAt(ISSUED.plusSeconds(60)), 10);

        assertThatThrownBy(() -> tokens.decode("forged-alice")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-alice")).isInstanceOf(BadJwtException.class);
        assertThat(verifiedInFull).isEmpty();
    }

    @Test
    void pastItsCapacityTheStoreStartsAgain() {
        VerifiedTokens tokens = new VerifiedTokens(verifier, validAt(ISSUED.plusSeconds(60)), 2);
        tokens.decode("good-a");
        tokens.decode("good-b");
        tokens.decode("good-c"); // full: emptied, c kept
        tokens.decode("good-c");
        tokens.decode("good-a");

        assertThat(verifiedInFull).containsExactly("good-a", "good-b", "good-c", "good-a");
    }
}
