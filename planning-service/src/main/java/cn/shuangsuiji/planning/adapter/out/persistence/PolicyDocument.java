package cn.shuangsuiji.planning.adapter.out.persistence;

import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** MongoDB form of one policy version; {@code _id} is {@code policyId:version}. */
@Document("policies")
@CompoundIndex(name = "policy_version", def = "{'policyId': 1, 'version': 1}", unique = true)
@CompoundIndex(name = "owner_version", def = "{'scope': 1, 'ownerId': 1, 'version': -1}")
record PolicyDocument(@Id String id, String policyId, int version, String scope, String ownerId,
                      String parentPolicyId, Integer parentVersion, String name, Parameters parameters, String reason,
                      String createdBy, Instant createdAt) {

    record Parameters(String minAnnualRatio,
                      Map<String, String> ratiosByCreditClass, int maxInspectionsPerEntityPerYear, int minTeamSize,
                      int minRegistrySize, String replacementRule, int dispatchConfirmationWorkingDays,
                      int resultEntryWorkingDays, int violationReferralWorkingDays, int resultPublicationWorkingDays,
                      int planFilingMonth, int planPublicationMonth, String jointInspectionShare,
                      String jointEntityShare, String riskBasedShare, String jointObligation, Boolean excludeOwnArea,
                      int repeatPairingYears, Integer maxAssignmentsPerInspectorPerRound,
                      String repeatCheckPolicy, String expertMode, Integer maxAssignmentsPerExpert) {
    }
}
