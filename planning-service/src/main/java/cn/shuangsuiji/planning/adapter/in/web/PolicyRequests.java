package cn.shuangsuiji.planning.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the policy API. */
final class PolicyRequests {

    private PolicyRequests() {
    }

    /** Create a policy: scope JURISDICTION (owner = region code) or DEPARTMENT (owner = department id). */
    public record Create(
            @NotBlank(message = "政策标识不能为空")
            @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "政策标识只能包含字母、数字、下划线和连字符（1 至 64 位）")
            String id,
            @NotNull(message = "政策层级不能为空") @Pattern(regexp = "JURISDICTION|DEPARTMENT",
                    message = "政策层级应为 JURISDICTION 或 DEPARTMENT") String scope,
            @NotBlank(message = "政策所属辖区或部门不能为空") String ownerId,
            @NotBlank(message = "政策名称不能为空") @Size(max = 100, message = "政策名称不超过 100 字") String name,
            String jurisdictionPolicyId,
            @NotNull(message = "政策参数不能为空") @Valid PolicyBody parameters) {
    }

    /** Revise a policy: the next version. */
    public record Revise(
            @NotBlank(message = "修订理由不能为空") @Size(max = 500, message = "理由不超过 500 字") String reason,
            @NotNull(message = "政策参数不能为空") @Valid PolicyBody parameters) {
    }
}
