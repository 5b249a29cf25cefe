package cn.shuangsuiji.registry.application.port.out;

import java.util.List;

import cn.shuangsuiji.registry.domain.credit.RiskRule;

/** Stores the jurisdictions' risk rules; a version is never changed once stored. */
public interface RiskRuleRepository {

    /** The latest version of each jurisdiction's rule. */
    List<RiskRule> current();

    /** Every version of one jurisdiction's rule, oldest first. */
    List<RiskRule> versions(String jurisdiction);

    /** Stores a new version; false if that version exists already (a concurrent revision). */
    boolean insert(RiskRule rule);
}
