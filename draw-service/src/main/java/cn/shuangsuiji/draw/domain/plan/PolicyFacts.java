package cn.shuangsuiji.draw.domain.plan;

/**
 * 政策参数 — the policy parameters of a plan that the draw applies (rules.md §3, §4).
 *
 * @param policyId                           the policy (jurisdiction's rule set)
 * @param policyVersion                      its version
 * @param maxInspectionsPerEntityPerYear     an entity is drawn at most this often a year (S0 17; S1 10)
 * @param minTeamSize                        inspectors per team at least (S2 19, 22)
 * @param replacementRule                    APPROVAL_ONLY (S1 16) or SUBSTITUTION_DRAW (S2 19, 21)
 * @param dispatchConfirmationWorkingDays    a dispatched list is confirmed within this many working days
 * @param excludeOwnArea                     inspectors do not check entities of their own area; null = no rule
 * @param repeatPairingYears                 no repeat pairing of an inspector with an entity within this many years
 * @param maxAssignmentsPerInspectorPerRound workload cap per inspector per draw; null = none
 * @param minRegistrySize                    active inspectors in each participating department's registry at
 *                                           least (S2 15); null in read models written before it was kept
 * @param repeatCheckPolicy                  避免重复检查: EXCLUDE or FLAG (S0 14; S1 24); null = EXCLUDE
 * @param expertMode                         DRAWN (from the expert library with the draw's seed) or ASSIGNED (by
 *                                           the department head with a reason, S0 9); null = DRAWN
 * @param maxAssignmentsPerExpert            workload cap of a drawn expert per draw; null = none
 */
public record PolicyFacts(String policyId, int policyVersion, int maxInspectionsPerEntityPerYear, int minTeamSize,
                          String replacementRule, int dispatchConfirmationWorkingDays, Boolean excludeOwnArea,
                          int repeatPairingYears, Integer maxAssignmentsPerInspectorPerRound,
                          Integer minRegistrySize, String repeatCheckPolicy, String expertMode,
                          Integer maxAssignmentsPerExpert) {

    /** Facts with the repeat-check policy but without expert rules (experts drawn, no cap). */
    public PolicyFacts(String policyId, int policyVersion, int maxInspectionsPerEntityPerYear, int minTeamSize,
                       String replacementRule, int dispatchConfirmationWorkingDays, Boolean excludeOwnArea,
                       int repeatPairingYears, Integer maxAssignmentsPerInspectorPerRound,
                       Integer minRegistrySize, String repeatCheckPolicy) {
        this(policyId, policyVersion, maxInspectionsPerEntityPerYear, minTeamSize, replacementRule,
                dispatchConfirmationWorkingDays, excludeOwnArea, repeatPairingYears,
                maxAssignmentsPerInspectorPerRound, minRegistrySize, repeatCheckPolicy, null, null);
    }

    /** Facts with expert rules but without the repeat-check policy (EXCLUDE). */
    public PolicyFacts(String policyId, int policyVersion, int maxInspectionsPerEntityPerYear, int minTeamSize,
                       String replacementRule, int dispatchConfirmationWorkingDays, Boolean excludeOwnArea,
                       int repeatPairingYears, Integer maxAssignmentsPerInspectorPerRound,
                       Integer minRegistrySize, String expertMode, Integer maxAssignmentsPerExpert) {
        this(policyId, policyVersion, maxInspectionsPerEntityPerYear, minTeamSize, replacementRule,
                dispatchConfirmationWorkingDays, excludeOwnArea, repeatPairingYears,
                maxAssignmentsPerInspectorPerRound, minRegistrySize, null, expertMode, maxAssignmentsPerExpert);
    }

    public PolicyFacts(String policyId, int policyVersion, int maxInspectionsPerEntityPerYear, int minTeamSize,
                       String replacementRule, int dispatchConfirmationWorkingDays, Boolean excludeOwnArea,
                       int repeatPairingYears, Integer maxAssignmentsPerInspectorPerRound,
                       Integer minRegistrySize) {
        this(policyId, policyVersion, maxInspectionsPerEntityPerYear, minTeamSize, replacementRule,
                dispatchConfirmationWorkingDays, excludeOwnArea, repeatPairingYears,
                maxAssignmentsPerInspectorPerRound, minRegistrySize, null, null, null);
    }

    /** Whether experts are assigned by the department head instead of drawn (S0 9). */
    public boolean expertsAssigned() {
        return "ASSIGNED".equals(expertMode);
    }

    public PolicyFacts(String policyId, int policyVersion, int maxInspectionsPerEntityPerYear, int minTeamSize,
                       String replacementRule, int dispatchConfirmationWorkingDays, Boolean excludeOwnArea,
                       int repeatPairingYears, Integer maxAssignmentsPerInspectorPerRound) {
        this(policyId, policyVersion, maxInspectionsPerEntityPerYear, minTeamSize, replacementRule,
                dispatchConfirmationWorkingDays, excludeOwnArea, repeatPairingYears,
                maxAssignmentsPerInspectorPerRound, null, null, null, null);
    }

    /** The same policy with another repeat-check policy. */
    public PolicyFacts withRepeatCheckPolicy(String policy) {
        return new PolicyFacts(policyId, policyVersion, maxInspectionsPerEntityPerYear, minTeamSize, replacementRule,
                dispatchConfirmationWorkingDays, excludeOwnArea, repeatPairingYears,
                maxAssignmentsPerInspectorPerRound, minRegistrySize, policy, expertMode, maxAssignmentsPerExpert);
    }
}
