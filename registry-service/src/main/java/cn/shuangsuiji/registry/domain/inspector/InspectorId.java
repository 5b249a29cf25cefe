package cn.shuangsuiji.registry.domain.inspector;

import cn.shuangsuiji.registry.domain.validation.Patterns;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * 执法检查人员标识 — the id of an inspector, derived from the enforcement certificate number so that a re-import
 * finds the same record: {@code ins-<12 hex of SHA-256 of the certificate number>}.
 */
public record InspectorId(String value) implements Comparable<InspectorId> {

    public InspectorId {
        Objects.requireNonNull(value, "value");
        if (!Patterns.matches(Patterns.ID, value)) {
            throw new IllegalArgumentException("执法检查人员标识格式错误");
        }
    }

    /** The id of the inspector holding this certificate number. */
    public static InspectorId ofCertificate(String certificateNumber) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(certificateNumber.getBytes(StandardCharsets.UTF_8));
            return new InspectorId("ins-" + HexFormat.of().formatHex(hash, 0, 6));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int compareTo(InspectorId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
