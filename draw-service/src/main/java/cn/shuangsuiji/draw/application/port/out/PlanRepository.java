package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import java.util.Optional;

/** Read model of approved plans (from planning's events). */
public interface PlanRepository {

    Optional<ApprovedPlan> findPlan(String planId);

    void save(ApprovedPlan plan);
}
