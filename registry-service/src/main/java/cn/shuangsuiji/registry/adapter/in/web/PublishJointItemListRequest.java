package cn.shuangsuiji.registry.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request body to publish a joint item list (联合抽查事项清单). */
public record PublishJointItemListRequest(
        @NotBlank(message = "联合清单标识不能为空")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "联合清单标识只能包含字母、数字、下划线和连字符") String id,
        @NotBlank(message = "联合清单名称不能为空") @Size(max = 200, message = "名称不超过 200 字") String name,
        @NotBlank(message = "发起部门不能为空")
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "部门标识格式错误") String initiatingDepartmentId,
        @NotEmpty(message = "参与部门不能为空")
        List<@Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "部门标识格式错误") String> departmentIds,
        @NotEmpty(message = "事项不能为空") @Size(max = 500, message = "事项不超过 500 个")
        List<@Valid @NotNull(message = "事项不能为空") Item> items) {

    /** An item and the department that brings it. */
    public record Item(
            @NotBlank(message = "部门不能为空") @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "部门标识格式错误")
            String departmentId,
            @NotBlank(message = "事项不能为空") @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "事项标识格式错误")
            String itemId) {
    }
}
