package cn.shuangsuiji.registry.application.service;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.CreditQueries;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.out.CreditProfileRepository;
import cn.shuangsuiji.registry.application.port.out.EntityRepository;
import cn.shuangsuiji.registry.application.port.out.RiskRuleRepository;
import cn.shuangsuiji.registry.domain.credit.CreditProfile;
import cn.shuangsuiji.registry.domain.credit.CreditStanding;
import cn.shuangsuiji.registry.domain.credit.RiskRule;
import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;

/** Reads of credit standing and risk rules. */
@Service
class CreditQueryService implements CreditQueries {

    private final CreditProfileRepository profiles;
    private final EntityRepository entities;
    private final RiskRuleRepository ruleVersions;
    private final RiskRules rules;
    private final Clock clock;

    CreditQueryService(CreditProfileRepository profiles, EntityRepository entities, RiskRuleRepository ruleVersions,
                       RiskRules rules, Clock clock) {
        this.profiles = profiles;
        this.entities = entities;
        this.ruleVersions = ruleVersions;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    public CreditView standing(String entityId, Actor actor) {
        RegistryRights.requireStaff(actor);
        RegulatedEntity entity = entities.find(new EntityId(entityId))
                .orElseThrow(() -> DomainProblem.notFound("ENTITY_NOT_FOUND", "检查对象", entityId));
        CreditProfile profile = profiles.find(entityId).orElse(CreditProfile.empty(entityId));
        RiskRule rule = rules.load().forRegion(entity.details().regionCode());
        CreditStanding standing = rule.standing(profile.facts(), RecordRiskFactsService.day(clock.instant()));
        return new CreditView(entityId, entity.details().creditClass(), entity.details().abnormalList(),
                standing.derivedClass(), rule.effectiveClass(entity.details().creditClass(), standing),
                rule.effectiveAbnormal(entity.details().abnormalList(), standing), rule, profile.facts());
    }

    @Override
    public List<RiskRule> rules(Actor actor) {
        RegistryRights.requireStaff(actor);
        return rules.load().rules();
    }

    @Override
    public List<RiskRule> versions(String jurisdiction, Actor actor) {
        RegistryRights.requireStaff(actor);
        List<RiskRule> stored = ruleVersions.versions(jurisdiction);
        if (stored.isEmpty() && !RiskRule.NATION.equals(jurisdiction)) {
            throw DomainProblem.notFound("RISK_RULE_NOT_FOUND", "信用风险规则", jurisdiction);
        }
        return stored.isEmpty() ? List.of(RiskRule.platformDefault()) : stored;
    }
}
