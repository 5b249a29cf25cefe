package cn.shuangsuiji.drawprotocol;

/**
 * 随机信标 — the public randomness beacon round named in advance (drand quicknet, or the local DEMO
 * beacon). The round must still be in the future when the commitment is made.
 *
 * @param network     "drand-quicknet" or "ssj-demo"
 * @param chainHash   the beacon chain hash, 64 lowercase hex
 * @param publicKey   group public key on G2, 96 bytes as lowercase hex
 * @param genesisTime Unix seconds of round 1
 * @param period      seconds between rounds
 * @param round       the committed round
 */
public record BeaconSpec(String network, String chainHash, String publicKey, long genesisTime, long period,
        long round) {
    public BeaconSpec {
        Text.id(network, "beacon network");
        Hex.decode(chainHash, 32, "beacon chain hash");
        Hex.decode(publicKey, 96, "beacon public key");
        if (genesisTime < 0 || period <= 0 || round < 1) {
            throw new IllegalArgumentException("beacon genesis ≥ 0, period > 0, round ≥ 1");
        }
    }

    /** Unix seconds at which the round is produced: genesis + (round − 1) × period. */
    public long roundTime() {
        return Math.addExact(genesisTime, Math.multiplyExact(round - 1, period));
    }

    void encode(Canonical out) {
        out.str(network).h32(Hash32.fromHex(chainHash)).bytes(Hex.decode(publicKey, 96, "public key"))
                .u64(genesisTime).u64(period).u64(round);
    }
}
