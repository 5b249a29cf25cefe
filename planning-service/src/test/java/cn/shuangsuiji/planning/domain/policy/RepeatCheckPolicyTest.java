package cn.shuangsuiji.planning.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import org.junit.jupiter.api.Test;

/** 避免重复检查 as a policy parameter: EXCLUDE by default, and a department may not relax it to FLAG. */
class RepeatCheckPolicyTest {

    static final PolicyParameters D = PolicyParameters.defaults();

    static PolicyParameters with(RepeatCheckPolicy policy) {
        return new PolicyParameters(D.minAnnualRatio(), D.ratiosByCreditClass(), D.maxInspectionsPerEntityPerYear(),
                D.minTeamSize(), D.minRegistrySize(), D.replacementRule(), D.dispatchConfirmationWorkingDays(),
                D.resultEntryWorkingDays(), D.violationReferralWorkingDays(), D.resultPublicationWorkingDays(),
                D.planFilingMonth(), D.planPublicationMonth(), D.jointInspectionShare(), D.jointEntityShare(),
                D.riskBasedShare(), D.jointObligation(), D.excludeOwnArea(), D.repeatPairingYears(),
                D.maxAssignmentsPerInspectorPerRound(), policy);
    }

    @Test
    void excludeIsTheDefaultAlsoForParametersThatDoNotSay() {
        assertThat(D.repeatCheckPolicy()).isEqualTo(RepeatCheckPolicy.EXCLUDE);
        assertThat(with(null).repeatCheckPolicy()).isEqualTo(RepeatCheckPolicy.EXCLUDE);
    }

    @Test
    void aDepartmentMayNotTurnTheJurisdictionsExcludeIntoFlag() {
        PolicyParameters flag = with(RepeatCheckPolicy.FLAG);

        assertThatThrownBy(() -> flag.requireTightens(D)).isInstanceOfSatisfying(DomainProblem.class, p -> {
            assertThat(p.code()).isEqualTo("POLICY_LOOSENS_JURISDICTION");
            assertThat(p.fieldProblems()).extracting(e -> e.field()).containsExactly("repeatCheckPolicy");
        });
        assertThat(flag.stricterOf(D).repeatCheckPolicy()).isEqualTo(RepeatCheckPolicy.EXCLUDE);
    }

    @Test
    void underAFlaggingJurisdictionADepartmentMayExcludeOrFlag() {
        PolicyParameters jurisdiction = with(RepeatCheckPolicy.FLAG);

        assertThatCode(() -> with(RepeatCheckPolicy.EXCLUDE).requireTightens(jurisdiction)).doesNotThrowAnyException();
        assertThatCode(() -> with(RepeatCheckPolicy.FLAG).requireTightens(jurisdiction)).doesNotThrowAnyException();
        assertThat(with(RepeatCheckPolicy.FLAG).stricterOf(jurisdiction).repeatCheckPolicy())
                .isEqualTo(RepeatCheckPolicy.FLAG);
    }
}
