package cn.shuangsuiji.registry.domain.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.registry.domain.entity.CreditClass;

class RiskRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final RiskRule DEFAULT = RiskRule.platformDefault();

    static RiskFact fact(RiskFactKind kind, LocalDate date, int n) {
        return new RiskFact(kind, "qy-amr", "insp-1", date, "ssj.inspection.FollowUpRecorded", "ev-" + n,
                Instant.parse("2026-11-01T00:00:00Z").plusSeconds(n));
    }

    @Test
    void anAbnormalListingCallsForClassDUntilItIsRemoved() {
        RiskFact listed = fact(RiskFactKind.ABNORMAL_LISTED, LocalDate.of(2020, 1, 5), 1);
        CreditStanding standing = DEFAULT.standing(List.of(listed), TODAY);
        assertThat(standing.derivedClass()).as("a listing counts past the look-back while not removed")
                .isEqualTo(CreditClass.D);
        assertThat(standing.abnormalListed()).isTrue();
        assertThat(DEFAULT.effectiveClass(CreditClass.A, standing)).isEqualTo(CreditClass.D);
        assertThat(DEFAULT.effectiveAbnormal(false, standing)).isTrue();

        RiskFact removed = fact(RiskFactKind.ABNORMAL_REMOVED, LocalDate.of(2026, 6, 1), 2);
        CreditStanding after = DEFAULT.standing(List.of(listed, removed), TODAY);
        assertThat(after.derivedClass()).isNull();
        assertThat(after.abnormalListed()).isFalse();
        assertThat(DEFAULT.effectiveClass(CreditClass.A, after)).isEqualTo(CreditClass.A);
        assertThat(DEFAULT.effectiveAbnormal(true, after)).as("the removal ends an imported listing too").isFalse();
        assertThat(DEFAULT.effectiveAbnormal(true, CreditStanding.NONE)).isTrue();
    }

    @Test
    void eachFactKindMapsToItsClassAndResultsCountOnlyWithinTheLookBack() {
        Map<RiskFactKind, CreditClass> expected = Map.of(RiskFactKind.UNQUALIFIED_RESULT, CreditClass.C,
                RiskFactKind.FALSE_DISCLOSURE, CreditClass.D, RiskFactKind.SERIOUS_NON_COOPERATION, CreditClass.C,
                RiskFactKind.VIOLATION_REFERRED, CreditClass.C, RiskFactKind.CASE_FILED, CreditClass.D,
                RiskFactKind.ABNORMAL_LISTED, CreditClass.D);
        expected.forEach((kind, cls) -> {
            assertThat(DEFAULT.standing(List.of(fact(kind, TODAY.minusMonths(2), 1)), TODAY).derivedClass())
                    .as(kind.name()).isEqualTo(cls);
        });
        assertThat(DEFAULT.standing(List.of(fact(RiskFactKind.UNQUALIFIED_RESULT, TODAY.minusYears(3).minusDays(1),
                1)), TODAY).derivedClass()).as("older than three years").isNull();
        assertThat(DEFAULT.standing(List.of(fact(RiskFactKind.UNQUALIFIED_RESULT, TODAY.minusYears(1), 1),
                fact(RiskFactKind.CASE_FILED, TODAY.minusMonths(1), 2)), TODAY).derivedClass())
                .as("the highest risk wins").isEqualTo(CreditClass.D);
    }

    @Test
    void theImportedClassStaysTheBaseAndFeedbackOnlyRaisesItByDefault() {
        CreditStanding c = new CreditStanding(CreditClass.C, null);
        assertThat(DEFAULT.effectiveClass(CreditClass.A, c)).isEqualTo(CreditClass.C);
        assertThat(DEFAULT.effectiveClass(CreditClass.D, c)).as("never lowered").isEqualTo(CreditClass.D);
        RiskRule replaces = new RiskRule("130634", 1, Map.of(RiskFactKind.UNQUALIFIED_RESULT, CreditClass.C),
                CombineMode.RULE_REPLACES, 3, "试点", "admin", Instant.EPOCH);
        assertThat(replaces.effectiveClass(CreditClass.D, c)).isEqualTo(CreditClass.C);
        assertThat(replaces.effectiveClass(CreditClass.D, CreditStanding.NONE)).isEqualTo(CreditClass.D);
    }

    @Test
    void aRuleThatCouldLowerAClassIsRefusedWhereTheJurisdictionForbidsIt() {
        RiskRule replaces = new RiskRule("130634", 1, Map.of(RiskFactKind.UNQUALIFIED_RESULT, CreditClass.B),
                CombineMode.RULE_REPLACES, 3, "试点", "admin", Instant.EPOCH);
        assertThatThrownBy(() -> replaces.requireNoLowering(true)).isInstanceOf(DomainProblem.class)
                .hasFieldOrPropertyWithValue("code", "RISK_RULE_LOWERS_CLASS");
        assertThat(replaces.requireNoLowering(false)).isSameAs(replaces);
        assertThat(DEFAULT.requireNoLowering(true)).isSameAs(DEFAULT);
    }

    @Test
    void invalidRulesNameTheirFields() {
        assertThatThrownBy(() -> new RiskRule("1306", 1, Map.of(RiskFactKind.ABNORMAL_REMOVED, CreditClass.A),
                null, 0, "", "admin", Instant.EPOCH)).isInstanceOf(DomainProblem.class)
                .satisfies(e -> assertThat(((DomainProblem) e).fieldProblems()).extracting("field")
                        .contains("jurisdiction", "classFor.ABNORMAL_REMOVED", "combine", "lookbackYears", "reason"));
    }

    @Test
    void aJurisdictionCoversTheRegionsUnderIt() {
        assertThat(RiskRule.prefixOf("130634")).isEqualTo("130634");
        assertThat(RiskRule.prefixOf("130600")).isEqualTo("1306");
        assertThat(RiskRule.prefixOf("130000")).isEqualTo("13");
        assertThat(RiskRule.prefixOf("000000")).isEmpty();
        RiskRule city = new RiskRule("130600", 1, Map.of(RiskFactKind.CASE_FILED, CreditClass.E),
                CombineMode.HIGHER_RISK, 3, "市级规则", "admin", Instant.EPOCH);
        assertThat(city.covers("130634")).isTrue();
        assertThat(city.covers("130702")).isFalse();
        assertThat(DEFAULT.covers("440305")).isTrue();
    }
}
