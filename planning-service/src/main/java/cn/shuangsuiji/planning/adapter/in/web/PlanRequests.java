package cn.shuangsuiji.planning.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the plan API. */
final class PlanRequests {

    private PlanRequests() {
    }

    /** Draft a new plan; the caller's department (token claim) is the initiating department. */
    public record Create(
            @NotBlank(message = "计划标识不能为空")
            @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "计划标识只能包含字母、数字、下划线和连字符（1 至 64 位）")
            String id,
            @NotNull(message = "计划类别不能为空") @Pattern(regexp = "ANNUAL|JOINT|TEMPORARY_JOINT",
                    message = "计划类别应为 ANNUAL、JOINT 或 TEMPORARY_JOINT") String kind,
            @NotNull(message = "计划年度不能为空") @Min(value = 2000, message = "计划年度无效")
            @Max(value = 2100, message = "计划年度无效") Integer year,
            @NotBlank(message = "计划名称不能为空") @Size(max = 200, message = "计划名称不超过 200 字") String title,
            List<String> participatingDepartmentIds,
            List<@Valid TaskBody> tasks) {
    }

    /** Replace a draft's content. */
    public record Revise(
            @NotBlank(message = "计划名称不能为空") @Size(max = 200, message = "计划名称不超过 200 字") String title,
            List<String> participatingDepartmentIds,
            List<@Valid TaskBody> tasks) {
    }

    /** A reason (return, amend, withdraw). */
    public record Reason(@NotBlank(message = "理由不能为空") @Size(max = 500, message = "理由不超过 500 字") String reason) {
    }
}
