package cn.shuangsuiji.planning.adapter.in.web;

import cn.shuangsuiji.planning.domain.policy.CreditClass;
import cn.shuangsuiji.planning.domain.policy.EffectivePolicy;
import cn.shuangsuiji.planning.domain.policy.JointObligation;
import cn.shuangsuiji.planning.domain.policy.JurisdictionPolicy;
import cn.shuangsuiji.planning.domain.policy.PolicyParameters;
import cn.shuangsuiji.planning.domain.policy.PolicyRef;
import cn.shuangsuiji.planning.domain.policy.RepeatCheckPolicy;
import cn.shuangsuiji.planning.domain.policy.ReplacementRule;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mapstruct.Mapper;

/** Maps policies between the API and the domain. */
@Mapper(componentModel = "spring")
interface PolicyWebMapper {

    default PolicyResponse toResponse(JurisdictionPolicy p) {
        return new PolicyResponse(p.id().value(), p.version(), p.scope().name(), p.ownerId(),
                p.parent().map(r -> r.id().value()).orElse(null), p.parent().map(PolicyRef::version).orElse(null),
                p.name(), toBody(p.parameters()), p.reason(), p.createdBy(), p.createdAt(), p.id().value(), null,
                null, List.of());
    }

    default PolicyResponse toResponse(EffectivePolicy e) {
        JurisdictionPolicy p = e.policy();
        return new PolicyResponse(p.id().value(), p.version(), p.scope().name(), p.ownerId(),
                p.parent().map(r -> r.id().value()).orElse(null), p.parent().map(PolicyRef::version).orElse(null),
                p.name(), toBody(e.parameters()), p.reason(), p.createdBy(), p.createdAt(), e.effectiveId(),
                e.tightenedByRef().map(r -> r.id().value()).orElse(null),
                e.tightenedByRef().map(PolicyRef::version).orElse(null), e.tightenedParameters());
    }

    default PolicyBody toBody(PolicyParameters p) {
        Map<String, BigDecimal> classes = new TreeMap<>();
        p.ratiosByCreditClass().forEach((k, v) -> classes.put(k.name(), v));
        return new PolicyBody(p.minAnnualRatio(), classes, p.maxInspectionsPerEntityPerYear(), p.minTeamSize(),
                p.minRegistrySize(), p.replacementRule().name(), p.dispatchConfirmationWorkingDays(),
                p.resultEntryWorkingDays(), p.violationReferralWorkingDays(), p.resultPublicationWorkingDays(),
                p.planFilingMonth(), p.planPublicationMonth(), p.jointInspectionShare(), p.jointEntityShare(),
                p.riskBasedShare(), p.jointObligation().name(), p.excludeOwnArea(), p.repeatPairingYears(),
                p.maxAssignmentsPerInspectorPerRound(), p.repeatCheckPolicy().name(), p.expertMode(),
                p.maxAssignmentsPerExpert());
    }

    /**
     * Parameters from a request; a missing value is inherited from {@code d}: the jurisdiction's policy for a
     * department policy, the current version for a revision, the national defaults otherwise.
     */
    default PolicyParameters toParameters(PolicyBody b, PolicyParameters d) {
        return Inputs.parse(() -> {
            Map<CreditClass, BigDecimal> classes;
            if (b.ratiosByCreditClass() == null) {
                classes = d.ratiosByCreditClass();
            } else {
                classes = new EnumMap<>(CreditClass.class);
                b.ratiosByCreditClass().forEach((k, v) -> classes.put(CreditClass.valueOf(k), v));
            }
            return new PolicyParameters(or(b.minAnnualRatio(), d.minAnnualRatio()), classes,
                    or(b.maxInspectionsPerEntityPerYear(), d.maxInspectionsPerEntityPerYear()),
                    or(b.minTeamSize(), d.minTeamSize()), or(b.minRegistrySize(), d.minRegistrySize()),
                    b.replacementRule() == null ? d.replacementRule() : ReplacementRule.valueOf(b.replacementRule()),
                    or(b.dispatchConfirmationWorkingDays(), d.dispatchConfirmationWorkingDays()),
                    or(b.resultEntryWorkingDays(), d.resultEntryWorkingDays()),
                    or(b.violationReferralWorkingDays(), d.violationReferralWorkingDays()),
                    or(b.resultPublicationWorkingDays(), d.resultPublicationWorkingDays()),
                    or(b.planFilingMonth(), d.planFilingMonth()), or(b.planPublicationMonth(), d.planPublicationMonth()),
                    or(b.jointInspectionShare(), d.jointInspectionShare()), or(b.jointEntityShare(), d.jointEntityShare()),
                    or(b.riskBasedShare(), d.riskBasedShare()),
                    b.jointObligation() == null ? d.jointObligation() : JointObligation.valueOf(b.jointObligation()),
                    or(b.excludeOwnArea(), d.excludeOwnArea()), or(b.repeatPairingYears(), d.repeatPairingYears()),
                    or(b.maxAssignmentsPerInspectorPerRound(), d.maxAssignmentsPerInspectorPerRound()),
                    b.repeatCheckPolicy() == null ? d.repeatCheckPolicy()
                            : RepeatCheckPolicy.valueOf(b.repeatCheckPolicy()),
                    or(b.expertMode(), d.expertMode()), or(b.maxAssignmentsPerExpert(), d.maxAssignmentsPerExpert()));
        });
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
