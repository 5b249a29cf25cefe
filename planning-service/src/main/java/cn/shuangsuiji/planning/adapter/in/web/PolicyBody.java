package cn.shuangsuiji.planning.adapter.in.web;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Policy parameters as the API shows and takes them; in a request, a null field takes the national default
 * (rules.md).
 */
public record PolicyBody(BigDecimal minAnnualRatio, Map<String, BigDecimal> ratiosByCreditClass,
                         Integer maxInspectionsPerEntityPerYear, Integer minTeamSize, Integer minRegistrySize,
                         String replacementRule, Integer dispatchConfirmationWorkingDays,
                         Integer resultEntryWorkingDays, Integer violationReferralWorkingDays,
                         Integer resultPublicationWorkingDays, Integer planFilingMonth, Integer planPublicationMonth,
                         BigDecimal jointInspectionShare, BigDecimal jointEntityShare, BigDecimal riskBasedShare,
                         String jointObligation, Boolean excludeOwnArea, Integer repeatPairingYears,
                         Integer maxAssignmentsPerInspectorPerRound, String repeatCheckPolicy, String expertMode,
                         Integer maxAssignmentsPerExpert) {
}
