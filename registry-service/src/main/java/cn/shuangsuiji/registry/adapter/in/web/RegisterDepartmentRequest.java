package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.organisation.AdministrativeLevel;
import cn.shuangsuiji.registry.domain.organisation.DepartmentType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request body to register a department. */
public record RegisterDepartmentRequest(
        @NotBlank(message = "部门标识不能为空")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "部门标识只能包含字母、数字、下划线和连字符（1 至 64 位）")
        String id,
        @NotBlank(message = "部门名称不能为空") @Size(max = 100, message = "部门名称不超过 100 字") String name,
        @NotNull(message = "部门类型不能为空") DepartmentType type,
        @NotNull(message = "层级不能为空") AdministrativeLevel level,
        @NotBlank(message = "行政区划代码不能为空")
        @Pattern(regexp = "[1-9][0-9]{5}", message = "行政区划代码应为 6 位数字") String regionCode,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "上级部门标识格式错误") String parentId) {
}
