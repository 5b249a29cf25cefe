package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.expert.RelationKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Request body to register ({@code id}, {@code departmentId} required) or change an expert. Phone and relations
 * may be sent back as masked for the caller ({@code *}): a masked value stands for the stored one.
 */
public record ExpertRequest(
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "专家标识只能包含字母、数字、下划线和连字符") String id,
        @NotBlank(message = "专家姓名不能为空") @Size(max = 50, message = "专家姓名不超过 50 字") String name,
        @NotBlank(message = "工作单位不能为空") @Size(max = 100, message = "工作单位不超过 100 字") String organisation,
        @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "部门标识格式错误") String departmentId,
        @NotEmpty(message = "至少填写一个专业领域") List<@NotBlank(message = "专业领域不能为空") String> specialties,
        List<@Pattern(regexp = "[A-Za-z0-9_.-]{1,64}", message = "标签编码格式错误") String> tags,
        @Pattern(regexp = "[0-9+\\- *]{5,20}", message = "联系电话格式错误") String phone,
        @Size(max = 50, message = "申报关系不超过 50 条") List<@Valid @NotNull(message = "申报关系不能为空") Relation> relations) {

    /** A declared relation. */
    public record Relation(
            @NotNull(message = "关系类别不能为空") RelationKind kind,
            @Size(max = 50, message = "姓名不超过 50 字") String personName,
            @Pattern(regexp = "[0-9*]{17}[0-9Xx*]", message = "身份证号码应为 18 位") String idNumber,
            @Size(max = 100, message = "单位名称不超过 100 字") String organisationName,
            @Pattern(regexp = "[0-9A-Z*]{18}", message = "统一社会信用代码应为 18 位") String uscc,
            @Size(max = 200, message = "说明不超过 200 字") String note) {
    }
}
