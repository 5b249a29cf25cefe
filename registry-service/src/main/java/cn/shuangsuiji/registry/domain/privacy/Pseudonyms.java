package cn.shuangsuiji.registry.domain.privacy;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * 假名化 — the one owner of keyed hashing of identifiers (S0 25; rules.md §6). Every value the registry derives
 * from an ID number, a phone number or a USCC and lets leave the database (a natural person's entity id, the
 * conflict-screening party keys of snapshot content) is an HMAC-SHA256 under the platform privacy secret, which is
 * kept outside the database and the repository. Without the secret a published value cannot be matched by hashing
 * candidate ID numbers (a county's ID numbers for a decade of birth years are only about 2 million candidates).
 *
 * <pre>
 * partyKey(x)        = lowercase hex( HMAC-SHA256(K, UTF-8("ssj.party-key.v1") ‖ 0x00 ‖ UTF-8(x)) )         64 hex
 * naturalPersonId(n) = "ent-p" ‖ first 16 hex of HMAC-SHA256(K, UTF-8("ssj.entity-id.v1") ‖ 0x00 ‖ UTF-8(n))
 * keyId              = first 16 hex of HMAC-SHA256(K, UTF-8("ssj.key-id.v1") ‖ 0x00)
 * </pre>
 * where {@code K} is the UTF-8 bytes of the secret and {@code x} an identifier as stored (trimmed, upper-case).
 * The two contexts keep an entity id from being a prefix of a party key. {@code keyId} names the secret without
 * revealing it: party keys stored with a record carry it, so keys computed under another secret are recognised and
 * computed again. Test vectors: docs/privacy.md.
 */
public final class Pseudonyms {

    /** Context of the conflict-screening keys (回避关联键). */
    public static final String PARTY_KEY_CONTEXT = "ssj.party-key.v1";
    /** Context of natural persons' entity ids. */
    public static final String ENTITY_ID_CONTEXT = "ssj.entity-id.v1";
    /** Context of the secret's identifier. */
    public static final String KEY_ID_CONTEXT = "ssj.key-id.v1";
    /** The shortest secret accepted, in bytes. */
    public static final int MIN_SECRET_BYTES = 16;

    private final SecretKeySpec key;
    private final String keyId;
    /** One initialised MAC per thread: a snapshot of a million entities computes over a million keys. */
    private final ThreadLocal<Mac> macs;

    /** @param secret the platform privacy secret (at least {@value #MIN_SECRET_BYTES} bytes of UTF-8) */
    public Pseudonyms(String secret) {
        Objects.requireNonNull(secret, "secret");
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("隐私密钥至少 " + MIN_SECRET_BYTES + " 字节");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
        this.keyId = HexFormat.of().formatHex(mac(KEY_ID_CONTEXT, ""), 0, 8);
    }

    /**
     * 密钥标识 — 16 hex naming this secret (a keyed hash of a constant: it tells two secrets apart, and without the
     * secret it cannot be computed). Stored beside precomputed party keys.
     */
    public String keyId() {
        return keyId;
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** 回避关联键 — the party key of an ID number or USCC. */
    public String partyKey(String identifier) {
        return HexFormat.of().formatHex(mac(PARTY_KEY_CONTEXT, identifier));
    }

    /** Sorted distinct party keys of the non-blank identifiers. */
    public List<String> partyKeys(Collection<String> identifiers) {
        TreeSet<String> keys = new TreeSet<>();
        identifiers.stream().filter(Objects::nonNull).filter(s -> !s.isBlank()).forEach(s -> keys.add(partyKey(s)));
        return List.copyOf(keys);
    }

    /** The entity id of a natural person (no USCC): {@code ent-p} and 16 hex digits of the keyed hash. */
    public String naturalPersonId(String idNumber) {
        return "ent-p" + HexFormat.of().formatHex(mac(ENTITY_ID_CONTEXT, idNumber), 0, 8);
    }

    private byte[] mac(String context, String value) {
        Objects.requireNonNull(value, "value");
        Mac mac = macs.get();
        mac.update(context.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Pseudonyms[secret hidden]";
    }
}
