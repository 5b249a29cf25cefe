package cn.shuangsuiji.drawprotocol.beacon;

import cn.shuangsuiji.drawprotocol.BeaconSpec;

/**
 * League of Entropy drand "quicknet" (scheme bls-unchained-g1-rfc9380): one round every 3 s, each
 * round's signature checkable offline against the network's group public key.
 */
public final class DrandQuicknet {
    public static final String NETWORK = "drand-quicknet";
    public static final String CHAIN_HASH = "52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971";
    public static final String PUBLIC_KEY = "83cf0f2896adee7eb8b5f01fcad3912212c437e0073e911fb90022d3e760183c"
            + "8c4b450b6a0a6c3ac6a5776a2d1064510d1fec758c921cc22b0e17e63aaf4bcb5ed66304de9cf809bd274ca73bab4af"
            + "5a6e9c76a4bc09e76eae8991ef5ece45a";
    public static final long GENESIS_TIME = 1692803367L;
    public static final long PERIOD = 3L;

    private DrandQuicknet() {
    }

    /** The spec naming quicknet round {@code round}. */
    public static BeaconSpec spec(long round) {
        return new BeaconSpec(NETWORK, CHAIN_HASH, PUBLIC_KEY, GENESIS_TIME, PERIOD, round);
    }

    /** The first round produced after Unix time {@code t}: (t − genesis) / period + 1 (integer division), plus one. */
    public static long firstRoundAfter(long unixSeconds) {
        return (unixSeconds - GENESIS_TIME) / PERIOD + 2;
    }
}
