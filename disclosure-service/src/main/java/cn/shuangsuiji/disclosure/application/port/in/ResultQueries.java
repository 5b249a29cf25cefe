package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.contracts.disclosure.PublicResult;

/** 抽查结果公告查询 — by credit code, name, department, plan and period. */
public interface ResultQueries {

    Page<PublicResult> results(ResultFilter filter, String cursor, int limit);

    /** The same page as {@link #results}, as JSON built from the stored announcements (the public query path). */
    RenderedPage renderedResults(ResultFilter filter, String cursor, int limit);

    /** One result; 404 when unknown. */
    PublicResult result(String resultId);
}
