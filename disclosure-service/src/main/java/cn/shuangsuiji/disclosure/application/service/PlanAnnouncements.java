package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.disclosure.PublicPlan;
import cn.shuangsuiji.disclosure.application.port.in.Cursor;
import cn.shuangsuiji.disclosure.application.port.in.Page;
import cn.shuangsuiji.disclosure.application.port.in.PlanFilter;
import cn.shuangsuiji.disclosure.application.port.in.PlanQueries;
import cn.shuangsuiji.disclosure.application.port.out.PlanViews;
import cn.shuangsuiji.disclosure.domain.PlanDossier;
import cn.shuangsuiji.platform.error.DomainProblem;
import java.util.Objects;
import org.springframework.stereotype.Service;

/** 抽查计划公告查询 — published plans only. */
@Service
class PlanAnnouncements implements PlanQueries {

    private final PlanViews plans;

    PlanAnnouncements(PlanViews plans) {
        this.plans = plans;
    }

    @Override
    public Page<PublicPlan> plans(PlanFilter filter, String cursor, int limit) {
        return Cursor.page(plans.published(filter, Cursor.key(cursor), limit), limit, PublicPlan::planId);
    }

    @Override
    public PublicPlan plan(String planId) {
        return plans.find(planId).map(PlanDossier::published).filter(Objects::nonNull)
                .orElseThrow(() -> DomainProblem.notFound("PLAN_NOT_FOUND", "抽查计划", planId));
    }
}
