package cn.shuangsuiji.drawprotocol.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.drawprotocol.DrawException;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.PublicSource;
import cn.shuangsuiji.drawprotocol.SourceFormat;
import cn.shuangsuiji.drawprotocol.VerificationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 随机源先于信标固定 (issue 11 item 2, protocol revision 1.3): a non-beacon source declares its value format in the
 * commitment and its value is logged (SOURCE) before the beacon round's time; the verifier checks format and order,
 * so a swapped source value with everything downstream recomputed is caught by the pinned-source rule.
 */
class PinnedSourceTest {

    private static final String SWAPPED = "3 9 14 21 27 31 12";
    private final BundleVerifier verifier = new BundleVerifier();

    @Test
    void theSampleLogsItsSourceBeforeTheBeaconAndVerifies() {
        Bundle b = SampleDraw.bundle();
        assertThat(b.commitment().sources()).singleElement()
                .satisfies(s -> assertThat(s.format()).isEqualTo("INTEGER_LIST:7"));
        assertThat(b.log()).extracting(Bundle.LogEntry::kind).contains(LogKind.SOURCE.name());
        VerificationReport r = verifier.verify(b);
        assertThat(r.errors()).isEmpty();
        assertThat(r.warnings()).noneMatch(w -> w.contains("not pinned"));
    }

    @Test
    void aSwappedSourceValueWithEverythingRecomputedIsCaughtByTheLoggedValue() {
        Bundle swapped = SampleDraw.bundle(SampleDraw.SOURCE_VALUE, SWAPPED, SampleDraw.SOURCE_AT);
        assertThat(swapped.seed()).isNotEqualTo(SampleDraw.bundle().seed());
        VerificationReport r = verifier.verify(swapped);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).anyMatch(e -> e.contains("pinned-source rule") && e.contains("differs"));
    }

    @Test
    void aSourceValueNeverLoggedIsCaught() {
        VerificationReport r = verifier.verify(SampleDraw.bundle(null, SWAPPED, null));
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).anyMatch(e -> e.contains("no SOURCE entry") && e.contains("pinned-source rule"));
    }

    @Test
    void aSourceValueLoggedAfterTheBeaconRoundTimeIsCaught() {
        VerificationReport r = verifier.verify(SampleDraw.bundle(SWAPPED, SWAPPED, "2026-03-02T01:10:50Z"));
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).anyMatch(e -> e.contains("not before the beacon round time"));
    }

    @Test
    void aValueNotInTheCommittedFormatCannotBeDrawnNorVerified() {
        assertThatThrownBy(() -> SampleDraw.bundle("3 9 14 21 27 30 / 12", "3 9 14 21 27 30 / 12",
                SampleDraw.SOURCE_AT)).isInstanceOf(DrawException.class).hasMessageContaining("committed format");
        assertThatThrownBy(() -> SampleDraw.bundle("3 9 14", "3 9 14", SampleDraw.SOURCE_AT))
                .isInstanceOf(DrawException.class).hasMessageContaining("needs 7");
    }

    @Test
    void theFormatIsCanonical() {
        assertThat(SourceFormat.problem("INTEGER_LIST", "0 7 12")).isNull();
        assertThat(SourceFormat.problem("INTEGER_LIST:3", "0 7 12")).isNull();
        for (String bad : List.of("", " 1", "1 ", "1  2", "01", "+1", "-1", "1,2", "1\t2", "１")) {
            assertThat(SourceFormat.problem("INTEGER_LIST", bad)).as(bad).isNotNull();
        }
        assertThatThrownBy(() -> new PublicSource("x", "y", "DIGITS")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicSource("x", "y", "INTEGER_LIST:0"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCommitmentWithoutFormatsKeepsItsHashAndIsReportedAsNotPinned() {
        Bundle b = SampleDraw.bundle();
        Bundle.Commitment c = b.commitment();
        Bundle.Commitment legacy = new Bundle.Commitment(c.algorithmVersion(), c.drawId(), c.planId(),
                c.jurisdiction(), c.policyVersion(), c.committedAt(), c.initiatingDepartment(),
                c.participatingDepartments(), c.items(), c.strata(), c.policy(), c.snapshotRoots(), c.beacon(),
                c.sources().stream().map(s -> new Bundle.Source(s.name(), s.description())).toList(), c.witnesses());
        // the format is in the hash: without it the commitment is a different one
        assertThat(BundleMapper.commitment(legacy).hash()).isNotEqualTo(BundleMapper.commitment(c).hash());
        assertThat(BundleCodec.toJson(new Bundle(b.format(), legacy, b.commitmentHash(), b.snapshot(),
                b.seedInputs(), b.seed(), b.result(), b.actions(), b.log()))).doesNotContain("\"format\":\"INTEGER");
    }
}
