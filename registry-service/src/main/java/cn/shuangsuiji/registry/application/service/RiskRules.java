package cn.shuangsuiji.registry.application.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.shuangsuiji.registry.application.port.out.RiskRuleRepository;
import cn.shuangsuiji.registry.domain.credit.RiskRule;

/** Finds the risk rule that applies to a region: the longest matching jurisdiction, else the platform default. */
@Component
class RiskRules {

    private final RiskRuleRepository rules;

    RiskRules(RiskRuleRepository rules) {
        this.rules = rules;
    }

    /** The rules in force now, most specific first, ending with the platform default. */
    Resolver load() {
        List<RiskRule> current = new ArrayList<>(rules.current());
        current.sort(Comparator.comparingInt((RiskRule r) -> r.prefix().length()).reversed());
        if (current.stream().noneMatch(r -> r.jurisdiction().equals(RiskRule.NATION))) {
            current.add(RiskRule.platformDefault());
        }
        return new Resolver(List.copyOf(current));
    }

    /** The rules loaded once (a snapshot resolves each entity's rule from the same set). */
    record Resolver(List<RiskRule> rules) {

        RiskRule forRegion(String regionCode) {
            for (RiskRule r : rules) {
                if (r.covers(regionCode == null ? "" : regionCode)) {
                    return r;
                }
            }
            return RiskRule.platformDefault();
        }
    }
}
