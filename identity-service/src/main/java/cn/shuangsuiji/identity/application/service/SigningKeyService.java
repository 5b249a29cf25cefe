package cn.shuangsuiji.identity.application.service;

import cn.shuangsuiji.identity.application.port.in.RotateSigningKeys;
import cn.shuangsuiji.identity.application.port.in.SigningKeys;
import cn.shuangsuiji.identity.application.port.out.SigningKeyFactory;
import cn.shuangsuiji.identity.application.port.out.SigningKeyStore;
import cn.shuangsuiji.identity.domain.SigningKey;
import cn.shuangsuiji.identity.domain.SigningKeyRing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 签名密钥管理 — holds the key ring in memory, loaded from the store at start (rotating at once when there is
 * no key or the current one is due), and writes every rotation back before it takes effect.
 */
public class SigningKeyService implements SigningKeys, RotateSigningKeys {

    private static final Logger log = LoggerFactory.getLogger(SigningKeyService.class);

    private final SigningKeyStore store;
    private final SigningKeyFactory factory;
    private final Clock clock;
    private final Duration rotationPeriod;
    private volatile SigningKeyRing ring;

    public SigningKeyService(SigningKeyStore store, SigningKeyFactory factory, Clock clock, Duration rotationPeriod,
                             Duration overlap) {
        this.store = store;
        this.factory = factory;
        this.clock = clock;
        this.rotationPeriod = rotationPeriod;
        this.ring = new SigningKeyRing(store.loadAll(), overlap);
        rotateIfDue();
    }

    @Override
    public SigningKey current() {
        return ring.current();
    }

    @Override
    public List<SigningKey> published() {
        return ring.published(clock.instant());
    }

    @Override
    public synchronized SigningKey rotate() {
        Instant now = clock.instant();
        SigningKey fresh = factory.create(now);
        SigningKeyRing next = ring.rotate(fresh, now);
        store.save(fresh);
        next.keys().stream().filter(SigningKey::retired).forEach(store::save);
        Set<String> kept = next.keys().stream().map(SigningKey::keyId).collect(Collectors.toSet());
        ring.keys().stream().map(SigningKey::keyId).filter(id -> !kept.contains(id)).forEach(store::delete);
        ring = next;
        log.info("Signing key rotated: current kid {}, {} key(s) published", fresh.keyId(), next.published(now).size());
        return fresh;
    }

    @Override
    public synchronized boolean rotateIfDue() {
        if (ring.rotationDue(clock.instant(), rotationPeriod)) {
            rotate();
            return true;
        }
        return false;
    }
}
