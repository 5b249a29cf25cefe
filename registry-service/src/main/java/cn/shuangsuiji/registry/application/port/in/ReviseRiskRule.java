package cn.shuangsuiji.registry.application.port.in;

import java.util.Map;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.credit.CombineMode;
import cn.shuangsuiji.registry.domain.credit.RiskFactKind;
import cn.shuangsuiji.registry.domain.credit.RiskRule;
import cn.shuangsuiji.registry.domain.entity.CreditClass;

/**
 * 修订信用风险规则 — a jurisdiction's joint office (联席办) or the platform administrator stores a new version of the
 * jurisdiction's rule; the next snapshot uses it.
 */
public interface ReviseRiskRule {

    /** The new version's content (validated by {@link RiskRule}). */
    record Command(String jurisdiction, Map<RiskFactKind, CreditClass> classFor, CombineMode combine,
                   int lookbackYears, String reason) {
    }

    RiskRule revise(Command command, Actor actor);
}
