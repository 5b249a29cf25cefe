package cn.shuangsuiji.identity.adapter.out.authorization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.springframework.security.oauth2.core.AbstractOAuth2Token;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * 授权记录 — the authorizations (codes, issued tokens, refresh tokens) kept in memory, as Spring Authorization
 * Server's in-memory service does, but purged once every token of an authorization has expired, so a long-running
 * provider does not grow with every token it ever issued. A restart forgets them: refresh tokens end with it,
 * signed access tokens stay valid.
 */
public class ExpiringAuthorizationService implements OAuth2AuthorizationService {

    /** How long an authorization without any token (a flow in progress) is kept. */
    static final Duration PENDING_TTL = Duration.ofMinutes(15);

    private final InMemoryOAuth2AuthorizationService delegate = new InMemoryOAuth2AuthorizationService();
    private final Map<String, Tracked> tracked = new ConcurrentHashMap<>();
    private final Clock clock;

    public ExpiringAuthorizationService(Clock clock) {
        this.clock = clock;
    }

    private record Tracked(OAuth2Authorization authorization, Instant savedAt) {
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        delegate.save(authorization);
        tracked.put(authorization.getId(), new Tracked(authorization, clock.instant()));
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        delegate.remove(authorization);
        tracked.remove(authorization.getId());
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return delegate.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return delegate.findByToken(token, tokenType);
    }

    /** Removes the authorizations whose tokens have all expired; returns how many. */
    public int purgeExpired() {
        Instant now = clock.instant();
        int removed = 0;
        for (Tracked entry : tracked.values()) {
            if (!expiresAt(entry).isAfter(now)) {
                remove(entry.authorization());
                removed++;
            }
        }
        return removed;
    }

    /** How many authorizations are held. */
    public int size() {
        return tracked.size();
    }

    private static Instant expiresAt(Tracked entry) {
        OAuth2Authorization a = entry.authorization();
        return Stream.of(a.getAccessToken(), a.getRefreshToken(), a.getToken(OAuth2AuthorizationCode.class),
                        a.getToken(OidcIdToken.class))
                .filter(Objects::nonNull)
                .map(OAuth2Authorization.Token::getToken)
                .map(AbstractOAuth2Token::getExpiresAt)
                .filter(Objects::nonNull)
                .max(Instant::compareTo)
                .orElse(entry.savedAt().plus(PENDING_TTL));
    }
}
