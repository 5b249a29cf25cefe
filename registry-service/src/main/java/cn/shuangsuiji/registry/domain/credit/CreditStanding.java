package cn.shuangsuiji.registry.domain.credit;

import cn.shuangsuiji.registry.domain.entity.CreditClass;

/**
 * 信用状况 — what an entity's risk facts mean under a rule on a given day.
 *
 * @param derivedClass   the highest-risk class among the facts still counting, or null when none counts
 * @param abnormalListed true (listed) or false (removed) by the latest listing or removal; null when neither
 *                       was ever received (the imported flag stands)
 */
public record CreditStanding(CreditClass derivedClass, Boolean abnormalListed) {

    /** No fact at all. */
    public static final CreditStanding NONE = new CreditStanding(null, null);
}
