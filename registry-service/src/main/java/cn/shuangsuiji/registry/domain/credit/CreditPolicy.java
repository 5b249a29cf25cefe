package cn.shuangsuiji.registry.domain.credit;

import java.util.Set;

/**
 * 信用反馈政策 — which jurisdictions allow a risk rule to lower an entity's class below the one imported from the
 * registration system (by default none: feedback only raises risk).
 *
 * @param loweringAllowed six-digit jurisdiction codes where {@link CombineMode#RULE_REPLACES} is allowed
 */
public record CreditPolicy(Set<String> loweringAllowed) {

    public CreditPolicy {
        loweringAllowed = loweringAllowed == null ? Set.of() : Set.copyOf(loweringAllowed);
    }

    /** Whether a rule of this jurisdiction must never lower a class. */
    public boolean loweringForbidden(String jurisdiction) {
        return !loweringAllowed.contains(jurisdiction);
    }
}
