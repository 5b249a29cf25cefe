package cn.shuangsuiji.registry.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Request body to draft a new inspection item; {@code id} is generated when absent. */
public record DraftItemRequest(
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "事项标识只能包含字母、数字、下划线和连字符（1 至 64 位）")
        String id,
        @NotBlank(message = "所属部门不能为空")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "部门标识格式错误") String departmentId,
        @Valid @NotNull(message = "事项内容不能为空") ItemContentRequest content) {
}
