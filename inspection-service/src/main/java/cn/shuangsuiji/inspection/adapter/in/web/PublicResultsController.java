package cn.shuangsuiji.inspection.adapter.in.web;

import cn.shuangsuiji.inspection.application.usecase.ListPublicResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 抽查结果（公开） — an entity's results in force, public part only; anyone may read it. */
@RestController
@RequestMapping("/api/public/inspections")
@Tag(name = "public-results", description = "检查结果（公开部分）")
class PublicResultsController {

    private final ListPublicResults results;

    PublicResultsController(ListPublicResults results) {
        this.results = results;
    }

    @Operation(summary = "某检查对象的检查结果（公开部分，含更正情况）")
    @GetMapping("/entities/{entityId}/results")
    List<ListPublicResults.EntityResult> ofEntity(@PathVariable String entityId) {
        return results.execute(entityId);
    }
}
