package cn.shuangsuiji.drawprotocol.rfc3797;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The worked example of RFC 3797 section 6: 25 volunteers, key from three sources. */
class Rfc3797Test {
    static final List<String> POOL = Rfc3797.RFC_EXAMPLE_POOL;

    @Test
    void keyStringSortsEachSourceAndTerminatesIt() {
        List<List<BigInteger>> sources = Rfc3797.parseSources(List.of("# lottery numbers", "9319", "2 5 12 8 10", "",
                "9 18 26 34 41 45"));
        assertThat(Rfc3797.keyString(sources)).isEqualTo("9319./2.5.8.10.12./9.18.26.34.41.45./");
        assertThat(Rfc3797.keyString(List.of(Rfc3797.parseSource("007 3")))).isEqualTo("3.7./");
    }

    @Test
    void reproducesTheRfcExample() {
        List<Rfc3797.Pick> picks = Rfc3797.select(25, "9319./2.5.8.10.12./9.18.26.34.41.45./", 11);
        assertThat(picks.get(0).md5Hex()).isEqualTo("990DD0A5692A029A98B5E01AA28F3459");
        assertThat(picks.get(1).md5Hex()).isEqualTo("3691E55CB63FCC37914430B2F70B5EC6");
        assertThat(picks.get(2).md5Hex()).isEqualTo("FE814EDF564C190AC1D25753979990FA");
        assertThat(picks.get(0).remainder()).isEqualTo(16);
        assertThat(picks.get(1).remainder()).isEqualTo(6);
        assertThat(picks.get(2).remainder()).isEqualTo(1);
        assertThat(picks).extracting(Rfc3797.Pick::position).containsExactly(17, 7, 2, 16, 25, 23, 8, 24, 19, 13, 22);
        assertThat(picks.subList(0, 10)).extracting(p -> POOL.get(p.position() - 1)).containsExactly("Lee", "Doc", "Mary",
                "Charity", "Kasczynski", "Envy", "Sneazy", "Anger", "Chastity", "Pandora");
    }

    @Test
    void selectingEveryoneIsAPermutation() {
        List<Rfc3797.Pick> all = Rfc3797.select(25, "1./", 25);
        assertThat(all).extracting(Rfc3797.Pick::position).doesNotHaveDuplicates().hasSize(25);
        assertThat(all.get(24).divisor()).isEqualTo(1);
    }
}
