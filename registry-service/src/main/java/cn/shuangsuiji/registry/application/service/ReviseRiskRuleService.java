package cn.shuangsuiji.registry.application.service;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.registry.application.port.in.ReviseRiskRule;
import cn.shuangsuiji.registry.application.port.out.RiskRuleRepository;
import cn.shuangsuiji.registry.domain.credit.CreditPolicy;
import cn.shuangsuiji.registry.domain.credit.RiskRule;

/**
 * 修订信用风险规则 — the platform administrator, or the joint office (联席办) of the very jurisdiction, stores the next
 * version; the rule is validated, refused where it could lower a class the jurisdiction does not let it lower, and
 * audit-trailed.
 */
@Service
class ReviseRiskRuleService implements ReviseRiskRule {

    private final RiskRuleRepository rules;
    private final CreditPolicy policy;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReviseRiskRuleService(RiskRuleRepository rules, CreditPolicy policy, AuditTrail audit,
                          TransactionTemplate transactions, Clock clock) {
        this.rules = rules;
        this.policy = policy;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public RiskRule revise(Command c, Actor actor) {
        actor.require(Role.PLATFORM_ADMIN, Role.JOINT_OFFICE);
        if (!actor.has(Role.PLATFORM_ADMIN) && !c.jurisdiction().equals(actor.jurisdiction())) {
            throw Actor.forbidden("联席办只能修订本管辖区域的信用风险规则");
        }
        Instant now = clock.instant();
        int next = rules.versions(c.jurisdiction()).stream().mapToInt(RiskRule::version).max().orElse(0) + 1;
        RiskRule rule = new RiskRule(c.jurisdiction(), next, c.classFor(), c.combine(), c.lookbackYears(), c.reason(),
                actor.subject(), now).requireNoLowering(policy.loweringForbidden(c.jurisdiction()));
        transactions.executeWithoutResult(status -> {
            if (!rules.insert(rule)) {
                throw new DomainProblem(ProblemKind.CONFLICT, "RISK_RULE_CONCURRENT_REVISION", "规则已被同时修订",
                        "该管辖区域的信用风险规则刚被修订，请刷新后重试");
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("version", rule.version());
            after.put("classFor", rule.classFor().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey().name() + "=" + e.getValue().name()).toList());
            after.put("combine", rule.combine().name());
            after.put("lookbackYears", rule.lookbackYears());
            after.put("reason", rule.reason());
            audit.record(actor, "risk-rule.revise", "RiskRule", rule.jurisdiction() + ":" + rule.version(), null, null,
                    after);
        });
        return rule;
    }
}
