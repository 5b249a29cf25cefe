package cn.shuangsuiji.planning.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A plan task as the API takes and shows it; {@code inspectorTags} (精准匹配, S3 二(一)) are tags every drawn
 * inspector must carry. */
public record TaskBody(
        @NotBlank(message = "任务标识不能为空") String taskId,
        @NotBlank(message = "任务名称不能为空") String name,
        @NotEmpty(message = "任务至少包含一个抽查事项") List<@Valid ItemBody> items,
        @Valid ScopeBody scope,
        @NotEmpty(message = "任务须给出抽取比例或数量") List<@Valid SampleSizeBody> sampleSizes,
        @NotNull(message = "时间窗口开始日期不能为空") LocalDate windowStart,
        @NotNull(message = "时间窗口结束日期不能为空") LocalDate windowEnd,
        @NotNull(message = "抽查频次不能为空") @Min(value = 1, message = "抽查频次至少每年 1 次")
        @Max(value = 12, message = "抽查频次至多每年 12 次") Integer frequency,
        @NotBlank(message = "实施层级不能为空") String level,
        List<String> dispatchedToDepartmentIds,
        @Min(value = 0, message = "对象数量估计不能为负") Integer estimatedPopulation,
        List<@NotBlank(message = "执法人员标签不能为空") String> inspectorTags) {

    /** An item version and the plan department contributing it. */
    public record ItemBody(@NotBlank(message = "事项标识不能为空") String itemId,
                           @NotNull(message = "事项版本不能为空") @Min(value = 1, message = "事项版本从 1 开始") Integer version,
                           @NotBlank(message = "事项所属部门不能为空") String departmentId) {
    }

    /** The object scope; empty lists mean no restriction. */
    public record ScopeBody(List<String> objectTypes, List<String> regionCodes, List<String> industries,
                            List<String> tags, List<String> creditClasses, List<String> includeEntityIds,
                            List<String> excludeEntityIds) {
    }

    /** A sample size per round, for one credit class (or null for the whole scope): ratio or count. */
    public record SampleSizeBody(String creditClass, BigDecimal ratio, Integer count) {
    }
}
