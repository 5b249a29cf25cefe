package cn.shuangsuiji.drawprotocol;

/**
 * 信标值 — the beacon round's signature as entered after the round (from any drand relay). Its
 * randomness is SHA-256(signature); its validity is checked offline against the committed public key.
 *
 * @param round     the round number
 * @param signature BLS signature on G1, 48 bytes as lowercase hex
 */
public record BeaconReading(long round, String signature) {
    public BeaconReading {
        if (round < 1) {
            throw new IllegalArgumentException("beacon round ≥ 1");
        }
        Hex.decode(signature, 48, "beacon signature");
    }

    public byte[] signatureBytes() {
        return Hex.decode(signature, 48, "beacon signature");
    }

    /** drand's randomness of the round: SHA-256(signature). */
    public Hash32 randomness() {
        return Hash32.sha256(signatureBytes());
    }
}
