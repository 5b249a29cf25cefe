package cn.shuangsuiji.planning.adapter.out.persistence;

import cn.shuangsuiji.planning.application.port.out.PolicyRepository;
import cn.shuangsuiji.planning.domain.policy.CreditClass;
import cn.shuangsuiji.planning.domain.policy.JointObligation;
import cn.shuangsuiji.planning.domain.policy.JurisdictionPolicy;
import cn.shuangsuiji.planning.domain.policy.PolicyId;
import cn.shuangsuiji.planning.domain.policy.PolicyParameters;
import cn.shuangsuiji.planning.domain.policy.PolicyRef;
import cn.shuangsuiji.planning.domain.policy.PolicyScope;
import cn.shuangsuiji.planning.domain.policy.RepeatCheckPolicy;
import cn.shuangsuiji.planning.domain.policy.ReplacementRule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Maps policy versions to and from {@link PolicyDocument}. */
@Component
class PolicyPersistenceAdapter implements PolicyRepository {

    private final PolicyMongoRepository repository;

    PolicyPersistenceAdapter(PolicyMongoRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<JurisdictionPolicy> latest(PolicyId id) {
        return repository.findFirstByPolicyIdOrderByVersionDesc(id.value()).map(PolicyPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<JurisdictionPolicy> version(PolicyId id, int version) {
        return repository.findById(id.value() + ":" + version).map(PolicyPersistenceAdapter::toDomain);
    }

    @Override
    public Optional<JurisdictionPolicy> latestOwnedBy(PolicyScope scope, String ownerId) {
        return repository.findFirstByScopeAndOwnerIdOrderByVersionDesc(scope.name(), ownerId)
                .map(PolicyPersistenceAdapter::toDomain);
    }

    @Override
    public void insert(JurisdictionPolicy p) {
        PolicyParameters x = p.parameters();
        Map<String, String> classes = new LinkedHashMap<>();
        x.ratiosByCreditClass().forEach((k, v) -> classes.put(k.name(), v.toPlainString()));
        repository.insert(new PolicyDocument(p.id().value() + ":" + p.version(), p.id().value(), p.version(),
                p.scope().name(), p.ownerId(), p.parent().map(r -> r.id().value()).orElse(null),
                p.parent().map(PolicyRef::version).orElse(null), p.name(),
                new PolicyDocument.Parameters(x.minAnnualRatio().toPlainString(), classes, x.maxInspectionsPerEntityPerYear(),
                        x.minTeamSize(), x.minRegistrySize(), x.replacementRule().name(),
                        x.dispatchConfirmationWorkingDays(), x.resultEntryWorkingDays(),
                        x.violationReferralWorkingDays(), x.resultPublicationWorkingDays(), x.planFilingMonth(),
                        x.planPublicationMonth(), x.jointInspectionShare().toPlainString(),
                        x.jointEntityShare().toPlainString(), x.riskBasedShare().toPlainString(),
                        x.jointObligation().name(), x.excludeOwnArea(), x.repeatPairingYears(),
                        x.maxAssignmentsPerInspectorPerRound(), x.repeatCheckPolicy().name(), x.expertMode(),
                        x.maxAssignmentsPerExpert()),
                p.reason(), p.createdBy(), p.createdAt()));
    }

    @Override
    public List<JurisdictionPolicy> latestOfAll() {
        List<JurisdictionPolicy> result = new ArrayList<>();
        String previous = null;
        for (PolicyDocument d : repository.findAllByOrderByPolicyIdAscVersionDesc()) {
            if (!d.policyId().equals(previous)) {
                result.add(toDomain(d));
                previous = d.policyId();
            }
        }
        return result;
    }

    private static JurisdictionPolicy toDomain(PolicyDocument d) {
        PolicyDocument.Parameters x = d.parameters();
        Map<CreditClass, BigDecimal> classes = new EnumMap<>(CreditClass.class);
        x.ratiosByCreditClass().forEach((k, v) -> classes.put(CreditClass.valueOf(k), new BigDecimal(v)));
        PolicyParameters parameters = new PolicyParameters(new BigDecimal(x.minAnnualRatio()), classes,
                x.maxInspectionsPerEntityPerYear(), x.minTeamSize(), x.minRegistrySize(),
                ReplacementRule.valueOf(x.replacementRule()), x.dispatchConfirmationWorkingDays(),
                x.resultEntryWorkingDays(), x.violationReferralWorkingDays(), x.resultPublicationWorkingDays(),
                x.planFilingMonth(), x.planPublicationMonth(), new BigDecimal(x.jointInspectionShare()),
                new BigDecimal(x.jointEntityShare()), new BigDecimal(x.riskBasedShare()),
                JointObligation.valueOf(x.jointObligation()), x.excludeOwnArea(), x.repeatPairingYears(),
                x.maxAssignmentsPerInspectorPerRound(),
                x.repeatCheckPolicy() == null ? null : RepeatCheckPolicy.valueOf(x.repeatCheckPolicy()),
                x.expertMode(), x.maxAssignmentsPerExpert());
        Optional<PolicyRef> parent = Optional.ofNullable(d.parentPolicyId())
                .map(id -> new PolicyRef(new PolicyId(id), d.parentVersion()));
        return new JurisdictionPolicy(new PolicyId(d.policyId()), d.version(), PolicyScope.valueOf(d.scope()),
                d.ownerId(), parent, d.name(), parameters, d.reason(), d.createdBy(), d.createdAt());
    }
}
