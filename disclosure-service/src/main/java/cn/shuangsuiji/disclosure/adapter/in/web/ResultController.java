package cn.shuangsuiji.disclosure.adapter.in.web;

import cn.shuangsuiji.contracts.disclosure.PublicResult;
import cn.shuangsuiji.disclosure.application.port.in.QueryInput;
import cn.shuangsuiji.disclosure.application.port.in.ResultFilter;
import cn.shuangsuiji.disclosure.application.port.in.ResultQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 抽查结果公告 — public, anonymous. */
@RestController
@RequestMapping("/api/public/results")
@Tag(name = "public", description = "一公开：公示信息")
class ResultController {

    /**
     * Public results: any cache may keep them (no personal data, the same for every caller), but must revalidate
     * each use — no freshness lifetime, so a new or corrected result is visible at once.
     */
    static final CacheControl PUBLIC_REVALIDATED = CacheControl.noCache().cachePublic();

    private final ResultQueries results;

    ResultController(ResultQueries results) {
        this.results = results;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "抽查结果公告", description = "按统一社会信用代码（精确）、名称（前缀或包含）、检查机关、计划、检查日期查询")
    @ApiResponse(responseCode = "200", description = "一页结果与下一页游标",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = ResultPage.class)))
    ResponseEntity<byte[]> results(@RequestParam(required = false) String uscc,
                               @RequestParam(required = false) String name,
                               @RequestParam(defaultValue = "prefix") String match,
                               @RequestParam(required = false) String departmentId,
                               @RequestParam(required = false) String planId,
                               @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestParam(required = false) String cursor,
                               @RequestParam(defaultValue = "50") @Min(value = 1, message = "每页至少 1 条")
                               @Max(value = 500, message = "每页最多 500 条") int limit) {
        // the busiest public query: the page is written from the stored announcements as they are (ResultPage)
        byte[] page = results.renderedResults(new ResultFilter(QueryInput.uscc(uscc), QueryInput.text("name", name),
                MatchMode.parse(match) == MatchMode.CONTAINS, QueryInput.text("departmentId", departmentId),
                QueryInput.text("planId", planId), QueryInput.date("from", from), QueryInput.date("to", to)),
                cursor, limit).utf8();
        // a strong validator of these bytes: a caller or cache holding them gets 304 without the body (Spring
        // answers a matching If-None-Match itself)
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .cacheControl(PUBLIC_REVALIDATED).eTag(DigestUtils.md5DigestAsHex(page)).body(page);
    }

    /** The shape of a page of results (documentation: the page is written as JSON directly). */
    record ResultPage(List<PublicResult> items, String nextCursor) {
    }

    @GetMapping("/{resultId}")
    @Operation(summary = "查看抽查结果公告（含更正历史与后续处置）")
    PublicResult result(@PathVariable String resultId) {
        return results.result(QueryInput.text("resultId", resultId));
    }
}
