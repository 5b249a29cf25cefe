package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.contracts.disclosure.PublicPlan;

/** 抽查计划公告查询. */
public interface PlanQueries {

    /** Published plans, keyset-paged by plan id. */
    Page<PublicPlan> plans(PlanFilter filter, String cursor, int limit);

    /** One published plan; 404 when unknown or never published. */
    PublicPlan plan(String planId);
}
