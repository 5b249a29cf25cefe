package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.disclosure.PublicResult;
import cn.shuangsuiji.disclosure.application.port.in.Cursor;
import cn.shuangsuiji.disclosure.application.port.in.Page;
import cn.shuangsuiji.disclosure.application.port.in.RenderedPage;
import cn.shuangsuiji.disclosure.application.port.in.ResultFilter;
import cn.shuangsuiji.disclosure.application.port.in.ResultQueries;
import cn.shuangsuiji.disclosure.application.port.out.ResultViews;
import cn.shuangsuiji.platform.error.DomainProblem;
import java.util.List;
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
    public RenderedPage renderedResults(ResultFilter filter, String cursor, int limit) {
        List<ResultViews.Stored> rows = results.pageJson(filter, Cursor.key(cursor), limit);
        int size = 32;
        for (ResultViews.Stored row : rows) {
            size += row.json().length() + 1;
        }
        StringBuilder json = new StringBuilder(size).append("{\"items\":[");
        for (int i = 0; i < rows.size(); i++) {
            json.append(i == 0 ? "" : ",").append(rows.get(i).json());
        }
        // a cursor is base64url: nothing in it needs escaping
        String next = rows.size() < limit || rows.isEmpty() ? null
                : Cursor.after(rows.get(rows.size() - 1).resultId());
        json.append("],\"nextCursor\":").append(next == null ? "null" : "\"" + next + "\"").append('}');
        return new RenderedPage(json.toString());
    }

    @Override
    public PublicResult result(String resultId) {
        return results.find(resultId).orElseThrow(() -> DomainProblem.notFound("RESULT_NOT_FOUND", "抽查结果", resultId));
    }
}
