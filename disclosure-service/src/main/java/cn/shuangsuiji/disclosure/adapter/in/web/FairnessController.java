package cn.shuangsuiji.disclosure.adapter.in.web;

import cn.shuangsuiji.disclosure.application.port.in.FairnessQueries;
import cn.shuangsuiji.disclosure.domain.FairnessStatistics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 公平性统计 — public. */
@RestController
@Validated
@Tag(name = "public", description = "一公开：公示信息")
class FairnessController {

    private final FairnessQueries fairness;

    FairnessController(FairnessQueries fairness) {
        this.fairness = fairness;
    }

    @GetMapping("/api/public/statistics/fairness")
    @Operation(summary = "公平性统计：各层级、各地区检查对象本年被抽查 0/1/2/3 次以上的数量，及各层级均匀性检验")
    FairnessStatistics.Fairness fairness(@RequestParam @Min(value = 2000, message = "年份不早于 2000")
                                         @Max(value = 2100, message = "年份不晚于 2100") int year) {
        return fairness.fairness(year);
    }
}
