package cn.shuangsuiji.inspection.domain.record;

/**
 * 适用政策参数 — the policy parameters the plan was approved under that the inspection needs (rules.md §5).
 *
 * @param minInspectorsOnSite           inspectors on site at least (S2 22; at least 2)
 * @param resultEntryWorkingDays        results entered within (S0 20)
 * @param violationReferralWorkingDays  suspected violations referred within (S1 20(三))
 * @param resultPublicationWorkingDays  results published within (S1 20(四))
 */
public record PolicyTerms(int minInspectorsOnSite, int resultEntryWorkingDays, int violationReferralWorkingDays,
                          int resultPublicationWorkingDays) {

    /** The defaults of rules.md §5 where a plan carries none. */
    public static final PolicyTerms DEFAULT = new PolicyTerms(2, 5, 7, 20);

    public PolicyTerms {
        minInspectorsOnSite = Math.max(2, minInspectorsOnSite);
        resultEntryWorkingDays = resultEntryWorkingDays > 0 ? resultEntryWorkingDays : 5;
        violationReferralWorkingDays = violationReferralWorkingDays > 0 ? violationReferralWorkingDays : 7;
        resultPublicationWorkingDays = resultPublicationWorkingDays > 0 ? resultPublicationWorkingDays : 20;
    }
}
