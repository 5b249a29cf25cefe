package cn.shuangsuiji.registry.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request body to withdraw an item. */
public record WithdrawItemRequest(
        @NotBlank(message = "撤回理由不能为空") @Size(max = 500, message = "撤回理由不超过 500 字") String reason) {
}
