package cn.shuangsuiji.drawprotocol;

import java.nio.charset.StandardCharsets;

/**
 * 见证人承诺 — SHA-256 of a witness's secret string, published before the draw; the witness reveals
 * the string before the beacon round. Secrets should carry at least 128 bits of entropy.
 */
public record WitnessCommitment(String witness, Hash32 commitment) {
    public WitnessCommitment {
        Text.id(witness, "witness");
        if (commitment == null) {
            throw new IllegalArgumentException("witness commitment is required");
        }
    }

    /** The commitment to {@code secret}: SHA-256(UTF-8(secret)). */
    public static WitnessCommitment of(String witness, String secret) {
        Text.text(secret, "witness secret", 1, Text.MAX_TEXT_BYTES);
        return new WitnessCommitment(witness, Hash32.sha256(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** True when {@code reveal} opens this commitment. */
    public boolean opens(String reveal) {
        return reveal != null && commitment.equals(Hash32.sha256(reveal.getBytes(StandardCharsets.UTF_8)));
    }
}
