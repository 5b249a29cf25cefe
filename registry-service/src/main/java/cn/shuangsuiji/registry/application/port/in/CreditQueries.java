package cn.shuangsuiji.registry.application.port.in;

import java.util.List;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.credit.RiskFact;
import cn.shuangsuiji.registry.domain.credit.RiskRule;
import cn.shuangsuiji.registry.domain.entity.CreditClass;

/** Reads of the entities' credit standing and of the risk rules (any platform role). */
public interface CreditQueries {

    /**
     * 信用状况 — one entity's facts and what a draw uses of them today.
     *
     * @param entityId           the entity
     * @param importedClass      the class imported from the registration system (the base)
     * @param importedAbnormal   the imported abnormal-list flag
     * @param derivedClass       the class the counting facts call for under the rule, or null
     * @param effectiveClass     the class the next snapshot records
     * @param effectiveAbnormal  the abnormal-list flag the next snapshot records
     * @param rule               the rule that applies (jurisdiction, version)
     * @param facts              every fact received, oldest first
     */
    record CreditView(String entityId, CreditClass importedClass, boolean importedAbnormal, CreditClass derivedClass,
                      CreditClass effectiveClass, boolean effectiveAbnormal, RiskRule rule, List<RiskFact> facts) {
    }

    CreditView standing(String entityId, Actor actor);

    /** The latest rule of every jurisdiction that has one, and the platform default (version 0). */
    List<RiskRule> rules(Actor actor);

    /** Every version of one jurisdiction's rule. */
    List<RiskRule> versions(String jurisdiction, Actor actor);
}
