package cn.shuangsuiji.registry.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class CreditProfileTest {

    static RiskFact fact(RiskFactKind kind, String inspection, String department, String event) {
        return new RiskFact(kind, department, inspection, LocalDate.of(2026, 11, 20), "t", event, Instant.EPOCH);
    }

    @Test
    void aCorrectionReplacesWhatTheEarlierVersionOfTheSameResultBrought() {
        CreditProfile p = CreditProfile.empty("ent-1")
                .withResult("insp-1", "qy-amr", List.of(fact(RiskFactKind.UNQUALIFIED_RESULT, "insp-1", "qy-amr", "e1")))
                .withResult("insp-1", "qy-psb", List.of(fact(RiskFactKind.FALSE_DISCLOSURE, "insp-1", "qy-psb", "e2")))
                .with(fact(RiskFactKind.ABNORMAL_LISTED, "insp-1", "qy-amr", "e3"));
        assertThat(p.version()).isEqualTo(3);

        CreditProfile corrected = p.withResult("insp-1", "qy-amr", List.of());
        assertThat(corrected.facts()).extracting(RiskFact::kind)
                .containsExactly(RiskFactKind.FALSE_DISCLOSURE, RiskFactKind.ABNORMAL_LISTED);
        assertThat(corrected.version()).isEqualTo(4);
        assertThat(corrected.withResult("insp-1", "qy-amr", List.of())).as("nothing to change").isSameAs(corrected);
    }

    @Test
    void aFollowUpFactFromTheSameEventIsKeptOnce() {
        RiskFact listed = fact(RiskFactKind.ABNORMAL_LISTED, "insp-1", "qy-amr", "e1");
        CreditProfile once = CreditProfile.empty("ent-1").with(listed);
        assertThat(once.with(listed)).isSameAs(once);
        assertThat(once.facts()).hasSize(1);
    }
}
