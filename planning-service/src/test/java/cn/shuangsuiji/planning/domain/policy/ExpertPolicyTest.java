package cn.shuangsuiji.planning.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * 专家产生方式 (issue 15, S0 9): a department's versioned policy says whether experts are DRAWN from its expert library
 * or ASSIGNED by its head, and caps a drawn expert's workload; the effective policy keeps them; bad values are refused.
 */
class ExpertPolicyTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final PolicyParameters D = PolicyParameters.defaults();

    static PolicyParameters with(String mode, Integer cap) {
        return new PolicyParameters(D.minAnnualRatio(), D.ratiosByCreditClass(), D.maxInspectionsPerEntityPerYear(),
                D.minTeamSize(), D.minRegistrySize(), D.replacementRule(), D.dispatchConfirmationWorkingDays(),
                D.resultEntryWorkingDays(), D.violationReferralWorkingDays(), D.resultPublicationWorkingDays(),
                D.planFilingMonth(), D.planPublicationMonth(), D.jointInspectionShare(), D.jointEntityShare(),
                D.riskBasedShare(), D.jointObligation(), D.excludeOwnArea(), D.repeatPairingYears(),
                D.maxAssignmentsPerInspectorPerRound(), mode, cap);
    }

    @Test
    void aDepartmentAssigningExpertsKeepsItsModeAndCapUnderItsJurisdiction() {
        JurisdictionPolicy county = JurisdictionPolicy.forJurisdiction(new PolicyId("130634"), "130634", "县政策",
                with(null, null), "u", NOW);
        JurisdictionPolicy amr = JurisdictionPolicy.forDepartment(new PolicyId("qy-amr"), "qy-amr", "市场监管局政策",
                with(PolicyParameters.EXPERTS_ASSIGNED, 3), county, "u", NOW);
        PolicyParameters effective = EffectivePolicy.of(amr, county).parameters();
        assertThat(effective.expertMode()).isEqualTo("ASSIGNED");
        assertThat(effective.maxAssignmentsPerExpert()).isEqualTo(3);
        assertThat(D.expertMode()).isNull(); // the national default: drawn, no cap
    }

    @Test
    void anUnknownModeOrAZeroCapIsRefused() {
        assertThatThrownBy(() -> with("CHOSEN", null)).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.fieldProblems()).anyMatch(f -> f.field().equals("expertMode")));
        assertThatThrownBy(() -> with("DRAWN", 0)).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.fieldProblems()).anyMatch(f -> f.field().equals("maxAssignmentsPerExpert")));
    }
}
