package cn.shuangsuiji.identity.adapter.out.keys;

import cn.shuangsuiji.identity.application.port.out.SigningKeyFactory;
import cn.shuangsuiji.identity.domain.SigningKey;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/** Makes RSA 2048 key pairs; the key id is the creation time (UTC) and 4 random bytes, e.g. {@code 20260101T000000-1a2b3c4d}. */
public class RsaSigningKeyFactory implements SigningKeyFactory {

    private static final DateTimeFormatter KID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss").withZone(ZoneOffset.UTC);

    private final SecureRandom random;

    public RsaSigningKeyFactory(SecureRandom random) {
        this.random = random;
    }

    @Override
    public SigningKey create(Instant now) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            byte[] suffix = new byte[4];
            random.nextBytes(suffix);
            return new SigningKey(KID_TIME.format(now) + "-" + HexFormat.of().formatHex(suffix),
                    generator.generateKeyPair(), now, null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA missing", e);
        }
    }
}
