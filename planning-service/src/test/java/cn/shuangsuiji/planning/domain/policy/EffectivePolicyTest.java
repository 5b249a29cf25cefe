package cn.shuangsuiji.planning.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EffectivePolicyTest {

    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");
    private static final PolicyParameters D = PolicyParameters.defaults();

    private static PolicyParameters params(String minRatio, String classC, int maxInspections, int minTeam,
                                           ReplacementRule rule, int entryDays, Integer maxAssignments,
                                           Boolean excludeOwnArea) {
        Map<CreditClass, BigDecimal> classes = new EnumMap<>(D.ratiosByCreditClass());
        classes.put(CreditClass.C, new BigDecimal(classC));
        return new PolicyParameters(new BigDecimal(minRatio), classes, maxInspections, minTeam, 4, rule, 1,
                entryDays, 7, 20, 1, 2, D.jointInspectionShare(), D.jointEntityShare(), D.riskBasedShare(),
                JointObligation.INITIATE_OR_JOIN, excludeOwnArea, 1, maxAssignments);
    }

    private static final JurisdictionPolicy COUNTY_V1 = JurisdictionPolicy.forJurisdiction(new PolicyId("130634"),
            "130634", "曲阳县政策", params("0.03", "0.30", 2, 2, ReplacementRule.APPROVAL_ONLY, 5, null, null),
            "u", NOW);

    /** Made under v1 and tightening it: higher ratio and class C, larger team, shorter result entry, a cap. */
    private static final JurisdictionPolicy DEPARTMENT = JurisdictionPolicy.forDepartment(new PolicyId("qy-amr"),
            "qy-amr", "曲阳县市场监管局政策",
            params("0.05", "0.40", 2, 3, ReplacementRule.APPROVAL_ONLY, 4, 10, null), COUNTY_V1, "u", NOW);

    @Test
    void aJurisdictionTightenedAfterTheDepartmentPolicyWinsWhereStricterAndNowhereElse() {
        JurisdictionPolicy countyV2 = COUNTY_V1.revise(
                params("0.04", "0.50", 1, 2, ReplacementRule.SUBSTITUTION_DRAW, 3, 8, true), "从严",
                Optional.empty(), "u", NOW.plusSeconds(60));

        EffectivePolicy effective = EffectivePolicy.of(DEPARTMENT, countyV2);
        PolicyParameters p = effective.parameters();

        // the jurisdiction's stricter values
        assertThat(p.minimumRatioFor(CreditClass.C)).isEqualByComparingTo("0.50");
        assertThat(p.maxInspectionsPerEntityPerYear()).isEqualTo(1);
        assertThat(p.replacementRule()).isEqualTo(ReplacementRule.SUBSTITUTION_DRAW);
        assertThat(p.resultEntryWorkingDays()).isEqualTo(3);
        assertThat(p.maxAssignmentsPerInspectorPerRound()).isEqualTo(8);
        assertThat(p.excludeOwnArea()).isTrue();
        // the department's stricter values
        assertThat(p.minAnnualRatio()).isEqualByComparingTo("0.05");
        assertThat(p.minTeamSize()).isEqualTo(3);
        assertThat(p.minimumRatioFor(CreditClass.B)).isEqualByComparingTo("0.05");
        // never looser than either source
        assertThatCode(() -> p.requireTightens(countyV2.parameters())).doesNotThrowAnyException();
        assertThatCode(() -> p.requireTightens(DEPARTMENT.parameters())).doesNotThrowAnyException();
        // both sources recorded
        assertThat(effective.ref()).isEqualTo(new PolicyRef(new PolicyId("qy-amr"), 1));
        assertThat(effective.tightenedByRef()).contains(new PolicyRef(new PolicyId("130634"), 2));
        assertThat(effective.sources()).containsExactly(DEPARTMENT.ref(), countyV2.ref());
        assertThat(effective.effectiveId()).isEqualTo("qy-amr+130634");
        assertThat(effective.tightenedParameters()).containsExactlyInAnyOrder("ratiosByCreditClass.C",
                "maxInspectionsPerEntityPerYear", "replacementRule", "resultEntryWorkingDays",
                "maxAssignmentsPerInspectorPerRound", "excludeOwnArea");
    }

    @Test
    void aDepartmentStricterEverywhereKeepsItsOwnPolicyUnchanged() {
        JurisdictionPolicy countyV2 = COUNTY_V1.revise(
                params("0.04", "0.35", 2, 2, ReplacementRule.APPROVAL_ONLY, 5, null, null), "调整",
                Optional.empty(), "u", NOW.plusSeconds(60));

        EffectivePolicy effective = EffectivePolicy.of(DEPARTMENT, countyV2);

        assertThat(effective.parameters()).isEqualTo(DEPARTMENT.parameters());
        assertThat(effective.tightenedBy()).isEmpty();
        assertThat(effective.tightenedParameters()).isEmpty();
        assertThat(effective.sources()).containsExactly(DEPARTMENT.ref());
        assertThat(effective.effectiveId()).isEqualTo("qy-amr");
    }

    @Test
    void aLaterDeadlineMonthOfTheDepartmentGivesWayToTheJurisdictionsEarlierOne() {
        PolicyParameters lateDepartment = new PolicyParameters(D.minAnnualRatio(), D.ratiosByCreditClass(), 2, 2, 4,
                ReplacementRule.SUBSTITUTION_DRAW, 1, 5, 7, 20, 3, 4, D.jointInspectionShare(),
                D.jointEntityShare(), D.riskBasedShare(), JointObligation.INITIATE, null, 1, null);

        PolicyParameters merged = lateDepartment.stricterOf(D);

        assertThat(merged.planFilingMonth()).isEqualTo(1);
        assertThat(merged.planPublicationMonth()).isEqualTo(2);
        assertThat(merged.jointObligation()).isEqualTo(JointObligation.INITIATE);
        assertThat(lateDepartment.looserThan(D)).containsExactly("planFilingMonth", "planPublicationMonth");
    }

    @Test
    void withoutItsOwnPolicyADepartmentTakesTheJurisdictions() {
        EffectivePolicy effective = EffectivePolicy.of(COUNTY_V1);

        assertThat(effective.parameters()).isEqualTo(COUNTY_V1.parameters());
        assertThat(effective.sources()).containsExactly(COUNTY_V1.ref());
        assertThat(effective.effectiveId()).isEqualTo("130634");
    }
}
