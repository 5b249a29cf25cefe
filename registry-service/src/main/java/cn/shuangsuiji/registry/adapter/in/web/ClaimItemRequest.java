package cn.shuangsuiji.registry.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** Request body to claim (认领) an item for a lower-level department. */
public record ClaimItemRequest(
        @NotBlank(message = "认领部门不能为空")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "部门标识格式错误") String departmentId) {
}
