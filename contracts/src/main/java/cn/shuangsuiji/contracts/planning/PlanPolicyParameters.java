package cn.shuangsuiji.contracts.planning;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * 适用政策参数 — the jurisdiction policy version a plan was approved under and the parameters the draw and the
 * inspection need (rules.md §3, §4, §5). Ratios are annual shares (0.03 = 3 %).
 *
 * @param policyId                         the policy's id
 * @param policyVersion                    the policy's version
 * @param minAnnualRatio                   minimum annual share of the registry inspected (S0 17)
 * @param ratiosByCreditClass              minimum annual share per credit-risk class A..E (S0 28; S3 二(三))
 * @param maxInspectionsPerEntityPerYear   an entity is inspected at most this often a year (S0 17; S1 10)
 * @param minTeamSize                      inspectors per team at least (S2 19, 22)
 * @param minRegistrySize                  inspectors in a registry at least (S2 15)
 * @param replacementRule                  APPROVAL_ONLY (S1 16) or SUBSTITUTION_DRAW (递补, S2 19, 21)
 * @param dispatchConfirmationWorkingDays  a dispatched list is confirmed within this many working days (S0 17; S1 13)
 * @param resultEntryWorkingDays           results entered within this many working days (S0 20)
 * @param violationReferralWorkingDays     suspected violations referred within this many working days (S1 20(三))
 * @param resultPublicationWorkingDays     results published within this many working days (S1 20(四))
 * @param excludeOwnArea                   whether inspectors are drawn from outside the target's own area; null = no rule
 * @param repeatPairingYears               the same inspector is not paired with the same entity within this many years; 0 = no rule
 * @param maxAssignmentsPerInspectorPerRound workload cap per inspector per round; null = no cap
 * @param repeatCheckPolicy                避免重复检查 (S0 14; S1 24): EXCLUDE or FLAG a candidate whose task items
 *                                         another department of the same jurisdiction already checked this year;
 *                                         added in 1.1, null = the consumer's default (EXCLUDE)
 * @param expertMode                       how an item's expert is found (S0 9): DRAWN at random from the department's
 *                                         expert library (专家库) or ASSIGNED by the department head with a reason;
 *                                         null = DRAWN (additive, issue 15)
 * @param maxAssignmentsPerExpert          workload cap of a drawn expert per round; null = no cap (additive, issue 15)
 */
public record PlanPolicyParameters(String policyId, int policyVersion, BigDecimal minAnnualRatio,
                                   Map<String, BigDecimal> ratiosByCreditClass, int maxInspectionsPerEntityPerYear,
                                   int minTeamSize, int minRegistrySize, String replacementRule,
                                   int dispatchConfirmationWorkingDays, int resultEntryWorkingDays,
                                   int violationReferralWorkingDays, int resultPublicationWorkingDays,
                                   Boolean excludeOwnArea, int repeatPairingYears,
                                   Integer maxAssignmentsPerInspectorPerRound, String repeatCheckPolicy,
                                   String expertMode, Integer maxAssignmentsPerExpert) {

    public PlanPolicyParameters {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(minAnnualRatio, "minAnnualRatio");
        Objects.requireNonNull(replacementRule, "replacementRule");
        ratiosByCreditClass = ratiosByCreditClass == null ? Map.of() : Map.copyOf(ratiosByCreditClass);
    }

    /** Parameters without the repeat-check policy and expert rules (the form before either was carried). */
    public PlanPolicyParameters(String policyId, int policyVersion, BigDecimal minAnnualRatio,
                                Map<String, BigDecimal> ratiosByCreditClass, int maxInspectionsPerEntityPerYear,
                                int minTeamSize, int minRegistrySize, String replacementRule,
                                int dispatchConfirmationWorkingDays, int resultEntryWorkingDays,
                                int violationReferralWorkingDays, int resultPublicationWorkingDays,
                                Boolean excludeOwnArea, int repeatPairingYears,
                                Integer maxAssignmentsPerInspectorPerRound) {
        this(policyId, policyVersion, minAnnualRatio, ratiosByCreditClass, maxInspectionsPerEntityPerYear,
                minTeamSize, minRegistrySize, replacementRule, dispatchConfirmationWorkingDays,
                resultEntryWorkingDays, violationReferralWorkingDays, resultPublicationWorkingDays, excludeOwnArea,
                repeatPairingYears, maxAssignmentsPerInspectorPerRound, null, null, null);
    }

    /** Parameters with the repeat-check policy but without expert rules: experts drawn, no cap. */
    public PlanPolicyParameters(String policyId, int policyVersion, BigDecimal minAnnualRatio,
                                Map<String, BigDecimal> ratiosByCreditClass, int maxInspectionsPerEntityPerYear,
                                int minTeamSize, int minRegistrySize, String replacementRule,
                                int dispatchConfirmationWorkingDays, int resultEntryWorkingDays,
                                int violationReferralWorkingDays, int resultPublicationWorkingDays,
                                Boolean excludeOwnArea, int repeatPairingYears,
                                Integer maxAssignmentsPerInspectorPerRound, String repeatCheckPolicy) {
        this(policyId, policyVersion, minAnnualRatio, ratiosByCreditClass, maxInspectionsPerEntityPerYear,
                minTeamSize, minRegistrySize, replacementRule, dispatchConfirmationWorkingDays,
                resultEntryWorkingDays, violationReferralWorkingDays, resultPublicationWorkingDays, excludeOwnArea,
                repeatPairingYears, maxAssignmentsPerInspectorPerRound, repeatCheckPolicy, null, null);
    }

    /** Parameters with expert rules but without the repeat-check policy (consumer's default, EXCLUDE). */
    public PlanPolicyParameters(String policyId, int policyVersion, BigDecimal minAnnualRatio,
                                Map<String, BigDecimal> ratiosByCreditClass, int maxInspectionsPerEntityPerYear,
                                int minTeamSize, int minRegistrySize, String replacementRule,
                                int dispatchConfirmationWorkingDays, int resultEntryWorkingDays,
                                int violationReferralWorkingDays, int resultPublicationWorkingDays,
                                Boolean excludeOwnArea, int repeatPairingYears,
                                Integer maxAssignmentsPerInspectorPerRound, String expertMode,
                                Integer maxAssignmentsPerExpert) {
        this(policyId, policyVersion, minAnnualRatio, ratiosByCreditClass, maxInspectionsPerEntityPerYear,
                minTeamSize, minRegistrySize, replacementRule, dispatchConfirmationWorkingDays,
                resultEntryWorkingDays, violationReferralWorkingDays, resultPublicationWorkingDays, excludeOwnArea,
                repeatPairingYears, maxAssignmentsPerInspectorPerRound, null, expertMode, maxAssignmentsPerExpert);
    }

    /** Whether experts are assigned by the department head rather than drawn (S0 9). */
    public boolean expertsAssigned() {
        return "ASSIGNED".equals(expertMode);
    }
}
