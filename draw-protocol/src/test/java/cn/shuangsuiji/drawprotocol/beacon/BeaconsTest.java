package cn.shuangsuiji.drawprotocol.beacon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.shuangsuiji.drawprotocol.BeaconReading;

class BeaconsTest {
    private static final String SIG_657413 =
            "b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce4050e7be41076862b98fad56e91a6b85b89cd97b";

    @Test
    void realQuicknetRoundVerifiesOffline() {
        assertThat(DrandQuicknet.PUBLIC_KEY).hasSize(192).isEqualTo("83cf0f2896adee7eb8b5f01fcad3912212c437e0073e911fb90022d3"
                + "e760183c8c4b450b6a0a6c3ac6a5776a2d1064510d1fec758c921cc22b0e17e63aaf4bcb5ed66304de9cf809bd274ca73bab4af5a6e9c76a4bc09e76eae8991ef5ece45a");
        assertThat(Beacons.verify(DrandQuicknet.PUBLIC_KEY, 657413, SIG_657413)).isTrue();
        BeaconReading reading = new BeaconReading(657413, SIG_657413);
        assertThat(reading.randomness().hex()).isEqualTo("fc1873a13f3545aeade8401532ef5519920652eee6b0d2b19ca12643b87b3587");
        assertThat(Beacons.check(DrandQuicknet.spec(657413), reading)).isNull();
        assertThat(Beacons.kind(DrandQuicknet.spec(657413))).isEqualTo(Beacons.Kind.QUICKNET);
    }

    @Test
    void aFlippedBitOrAnotherRoundFails() {
        assertThat(Beacons.verify(DrandQuicknet.PUBLIC_KEY, 657414, SIG_657413)).isFalse();
        assertThat(Beacons.verify(DrandQuicknet.PUBLIC_KEY, 657412, SIG_657413)).isFalse();
        for (int bit : new int[] {0, 7, 100, 383}) {
            char[] c = SIG_657413.toCharArray();
            int nibble = bit / 4; // the hex digit holding that bit
            int v = Character.digit(c[nibble], 16) ^ (1 << (bit % 4));
            c[nibble] = Character.forDigit(v, 16);
            assertThat(Beacons.verify(DrandQuicknet.PUBLIC_KEY, 657413, new String(c))).as("bit %d", bit).isFalse();
        }
        assertThat(Beacons.check(DrandQuicknet.spec(657414), new BeaconReading(657413, SIG_657413)))
                .contains("not the committed round");
    }

    @Test
    void demoBeaconIsMarkedSignsAndIsNotQuicknet() {
        assertThat(DemoBeacon.derivePublicKey()).isEqualTo(DemoBeacon.PUBLIC_KEY);
        String sig = DemoBeacon.sign(42);
        assertThat(Beacons.verify(DemoBeacon.PUBLIC_KEY, 42, sig)).isTrue();
        assertThat(Beacons.verify(DemoBeacon.PUBLIC_KEY, 43, sig)).isFalse();
        assertThat(Beacons.verify(DrandQuicknet.PUBLIC_KEY, 42, sig)).isFalse();
        assertThat(Beacons.kind(DemoBeacon.spec(42))).isEqualTo(Beacons.Kind.DEMO);
        assertThat(Beacons.check(DemoBeacon.spec(42), new BeaconReading(42, sig))).isNull();
    }

    @Test
    void roundTimesFollowTheQuicknetClock() {
        assertThat(DrandQuicknet.spec(1).roundTime()).isEqualTo(DrandQuicknet.GENESIS_TIME);
        long t = 1772413200L;
        long r = DrandQuicknet.firstRoundAfter(t);
        assertThat(DrandQuicknet.spec(r).roundTime()).isGreaterThan(t);
        assertThat(DrandQuicknet.spec(r - 1).roundTime()).isLessThanOrEqualTo(t);
    }
}
