package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.disclosure.PublicResult;
import cn.shuangsuiji.disclosure.application.port.in.Cursor;
import cn.shuangsuiji.disclosure.application.port.in.Page;
import cn.shuangsuiji.disclosure.application.port.in.ResultFilter;
import cn.shuangsuiji.disclosure.application.port.in.ResultQueries;
import cn.shuangsuiji.disclosure.application.port.out.ResultViews;
import cn.shuangsuiji.platform.error.DomainProblem;
import org.springframework.stereotype.Service;

/** 抽查结果公告查询. */
@Service
class ResultAnnouncements implements ResultQueries {

    private final ResultViews results;

    ResultAnnouncements(ResultViews results) {
        this.results = results;
    }

    @Override
    public Page<PublicResult> results(ResultFilter filter, String cursor, int limit) {
        return Cursor.page(results.page(filter, Cursor.key(cursor), limit), limit, PublicResult::resultId);
    }

    @Override
    public PublicResult result(String resultId) {
        return results.find(resultId).orElseThrow(() -> DomainProblem.notFound("RESULT_NOT_FOUND", "抽查结果", resultId));
    }
}
