package cn.shuangsuiji.drawprotocol.beacon;

import cn.shuangsuiji.drawprotocol.BeaconReading;
import cn.shuangsuiji.drawprotocol.BeaconSpec;
import cn.shuangsuiji.drawprotocol.Hex;

/** 信标校验 — which beacons the protocol accepts, and offline verification of a round's signature. */
public final class Beacons {
    private Beacons() {
    }

    /** What a spec names. */
    public enum Kind {
        /** the real drand quicknet */
        QUICKNET,
        /** the local DEMO beacon: not a public beacon */
        DEMO,
        /** anything else: not accepted */
        UNKNOWN
    }

    /** Classifies a spec; a spec is QUICKNET or DEMO only when every constant matches. */
    public static Kind kind(BeaconSpec spec) {
        if (matches(spec, DrandQuicknet.NETWORK, DrandQuicknet.CHAIN_HASH, DrandQuicknet.PUBLIC_KEY,
                DrandQuicknet.GENESIS_TIME, DrandQuicknet.PERIOD)) {
            return Kind.QUICKNET;
        }
        if (matches(spec, DemoBeacon.NETWORK, DemoBeacon.CHAIN_HASH, DemoBeacon.PUBLIC_KEY, DemoBeacon.GENESIS_TIME,
                DemoBeacon.PERIOD)) {
            return Kind.DEMO;
        }
        return Kind.UNKNOWN;
    }

    private static boolean matches(BeaconSpec s, String network, String chain, String pk, long genesis, long period) {
        return s.network().equals(network) && s.chainHash().equals(chain) && s.publicKey().equals(pk)
                && s.genesisTime() == genesis && s.period() == period;
    }

    /**
     * Checks a reading against the committed spec: a known beacon, the same round, and a valid BLS
     * signature under the spec's public key.
     *
     * @return null when valid, else the reason
     */
    public static String check(BeaconSpec spec, BeaconReading reading) {
        if (kind(spec) == Kind.UNKNOWN) {
            return "unknown beacon: network " + spec.network() + " with public key " + spec.publicKey()
                    + " is neither drand quicknet nor the DEMO beacon";
        }
        if (reading.round() != spec.round()) {
            return "beacon round " + reading.round() + " is not the committed round " + spec.round();
        }
        if (!Bls.verifyRound(Hex.decode(spec.publicKey(), 96, "public key"), reading.round(),
                reading.signatureBytes())) {
            return "beacon signature does not verify for round " + reading.round() + " under " + spec.network();
        }
        return null;
    }

    /** True when the signature verifies for the round under the public key (both hex). */
    public static boolean verify(String publicKeyHex, long round, String signatureHex) {
        return Bls.verifyRound(Hex.decode(publicKeyHex, 96, "public key"), round,
                Hex.decode(signatureHex, 48, "signature"));
    }
}
