package cn.shuangsuiji.planning.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyParametersTest {

    private static final PolicyParameters DEFAULTS = PolicyParameters.defaults();
    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    private static PolicyParameters with(BigDecimal minRatio, BigDecimal classC, int maxInspections, int minTeam,
                                         ReplacementRule rule, int entryDays, int filingMonth,
                                         JointObligation obligation) {
        Map<CreditClass, BigDecimal> classes = new EnumMap<>(DEFAULTS.ratiosByCreditClass());
        classes.put(CreditClass.C, classC);
        return new PolicyParameters(minRatio, classes, maxInspections, minTeam, 4, rule, 1, entryDays, 7, 20,
                filingMonth, 2, DEFAULTS.jointInspectionShare(), DEFAULTS.jointEntityShare(), DEFAULTS.riskBasedShare(),
                obligation, null, 1, null);
    }

    @Test
    void defaultsFollowTheRules() {
        assertThat(DEFAULTS.minAnnualRatio()).isEqualByComparingTo("0.03");
        assertThat(DEFAULTS.minimumRatioFor(CreditClass.D)).isEqualByComparingTo("1");
        assertThat(DEFAULTS.minimumRatioFor(CreditClass.E)).isEqualByComparingTo("0.03");
        assertThat(DEFAULTS.maxInspectionsPerEntityPerYear()).isEqualTo(2);
        assertThat(DEFAULTS.minTeamSize()).isEqualTo(2);
        assertThat(DEFAULTS.minRegistrySize()).isEqualTo(4);
        assertThat(DEFAULTS.dispatchConfirmationWorkingDays()).isEqualTo(1);
        assertThat(DEFAULTS.resultEntryWorkingDays()).isEqualTo(5);
        assertThat(DEFAULTS.violationReferralWorkingDays()).isEqualTo(7);
        assertThat(DEFAULTS.resultPublicationWorkingDays()).isEqualTo(20);
        assertThat(DEFAULTS.jointInspectionShare()).isEqualByComparingTo("0.25");
        assertThat(DEFAULTS.jointEntityShare()).isEqualByComparingTo("0.15");
        assertThat(DEFAULTS.riskBasedShare()).isEqualByComparingTo("0.80");
    }

    @Test
    void aDepartmentMayTighten() {
        PolicyParameters tighter = with(new BigDecimal("0.05"), new BigDecimal("0.5"), 1, 3,
                ReplacementRule.SUBSTITUTION_DRAW, 3, 1, JointObligation.INITIATE);
        assertThatCode(() -> tighter.requireTightens(DEFAULTS)).doesNotThrowAnyException();
        assertThatCode(() -> DEFAULTS.requireTightens(DEFAULTS)).doesNotThrowAnyException();
    }

    @Test
    void aDepartmentMayNotLoosenAndEveryLoosenedParameterIsNamed() {
        PolicyParameters looser = with(new BigDecimal("0.02"), new BigDecimal("0.2"), 3, 2,
                ReplacementRule.APPROVAL_ONLY, 6, 2, JointObligation.NONE);
        assertThatThrownBy(() -> looser.requireTightens(DEFAULTS))
                .isInstanceOfSatisfying(DomainProblem.class, p -> {
                    assertThat(p.code()).isEqualTo("POLICY_LOOSENS_JURISDICTION");
                    assertThat(p.fieldProblems()).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                            "minAnnualRatio", "ratiosByCreditClass.C", "maxInspectionsPerEntityPerYear",
                            "replacementRule", "resultEntryWorkingDays", "planFilingMonth", "jointObligation");
                });
    }

    @Test
    void aDepartmentPolicyIsCheckedAgainstItsJurisdictionAndRecordsItsVersion() {
        JurisdictionPolicy jurisdiction = JurisdictionPolicy.nationalDefault(NOW);
        PolicyParameters looser = with(new BigDecimal("0.02"), new BigDecimal("0.3"), 2, 2,
                ReplacementRule.SUBSTITUTION_DRAW, 5, 1, JointObligation.INITIATE_OR_JOIN);
        assertThatThrownBy(() -> JurisdictionPolicy.forDepartment(new PolicyId("d"), "qy-amr", "x", looser,
                jurisdiction, "u", NOW)).extracting("code").isEqualTo("POLICY_LOOSENS_JURISDICTION");

        JurisdictionPolicy own = JurisdictionPolicy.forDepartment(new PolicyId("d"), "qy-amr", "x", DEFAULTS,
                jurisdiction, "u", NOW);
        assertThat(own.parent()).contains(new PolicyRef(PolicyId.DEFAULT, 1));
        JurisdictionPolicy v2 = own.revise(with(new BigDecimal("0.04"), new BigDecimal("0.3"), 2, 2,
                ReplacementRule.SUBSTITUTION_DRAW, 5, 1, JointObligation.INITIATE_OR_JOIN), "提高比例",
                Optional.of(jurisdiction), "u", NOW);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.reason()).isEqualTo("提高比例");
        assertThatThrownBy(() -> own.revise(looser, "放宽", Optional.of(jurisdiction), "u", NOW))
                .extracting("code").isEqualTo("POLICY_LOOSENS_JURISDICTION");
    }

    @Test
    void impossibleValuesAreRefused() {
        assertThatThrownBy(() -> with(new BigDecimal("1.5"), new BigDecimal("0.3"), 0, 1,
                ReplacementRule.APPROVAL_ONLY, 5, 1, JointObligation.NONE))
                .isInstanceOfSatisfying(DomainProblem.class, p -> {
                    assertThat(p.code()).isEqualTo("POLICY_INVALID");
                    assertThat(p.fieldProblems()).extracting(FieldProblem::field)
                            .contains("minAnnualRatio", "maxInspectionsPerEntityPerYear", "minTeamSize");
                });
    }
}
