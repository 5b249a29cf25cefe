package cn.shuangsuiji.registry.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import cn.shuangsuiji.registry.application.port.out.CreditProfileRepository;
import cn.shuangsuiji.registry.domain.credit.CreditProfile;
import cn.shuangsuiji.registry.domain.credit.CreditStanding;
import cn.shuangsuiji.registry.domain.credit.RiskRule;
import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.snapshot.EntitySnapshotRow;

/**
 * 信用反馈入快照 — what a snapshot records of an entity's credit: the imported class and flag combined with its risk
 * facts by the jurisdiction's rule (S0 28; S2 9), so the next draw stratifies on the updated class. Profiles and
 * rules are loaded once per snapshot; entities without facts pass unchanged.
 */
@Component
class SnapshotCredit {

    private final CreditProfileRepository profiles;
    private final RiskRules rules;
    private final Clock clock;

    SnapshotCredit(CreditProfileRepository profiles, RiskRules rules, Clock clock) {
        this.profiles = profiles;
        this.rules = rules;
        this.clock = clock;
    }

    /** The adjustment of one snapshot's rows, as of now. */
    UnaryOperator<EntitySnapshotRow> forSnapshot() {
        Map<String, CreditProfile> byEntity = profiles.all();
        if (byEntity.isEmpty()) {
            return UnaryOperator.identity();
        }
        RiskRules.Resolver resolver = rules.load();
        LocalDate today = RecordRiskFactsService.day(clock.instant());
        return row -> {
            CreditProfile p = byEntity.get(row.id());
            if (p == null) {
                return row;
            }
            RiskRule rule = resolver.forRegion(row.regionCode());
            CreditStanding standing = rule.standing(p.facts(), today);
            CreditClass effective = rule.effectiveClass(CreditClass.parse(row.creditClass()), standing);
            return row.withCredit(effective == null ? row.creditClass() : effective.name(),
                    rule.effectiveAbnormal(row.abnormalList(), standing));
        };
    }
}
