package cn.shuangsuiji.draw.adapter.out.persistence;

import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model: the newest approved version of a plan. */
@Document("draw_plans")
record PlanDocument(@Id String id, ApprovedPlan plan) {
}
