package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.item.InspectionMethod;
import cn.shuangsuiji.registry.domain.item.InspectionObjectType;
import cn.shuangsuiji.registry.domain.item.ItemCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** The content of one version of an inspection item (事项内容). */
public record ItemContentRequest(
        @NotBlank(message = "检查项目不能为空") @Size(max = 200, message = "检查项目不超过 200 字") String checkProject,
        @NotEmpty(message = "至少需要一个检查子项") @Size(max = 100, message = "检查子项不超过 100 个")
        List<@Valid @NotNull(message = "检查子项不能为空") SubItemRequest> subItems,
        @NotBlank(message = "检查内容不能为空") @Size(max = 2000, message = "检查内容不超过 2000 字") String content,
        @NotBlank(message = "检查依据不能为空") @Size(max = 2000, message = "检查依据不超过 2000 字") String legalBasis,
        @NotNull(message = "检查方式不能为空") InspectionMethod method,
        @NotNull(message = "检查对象类型不能为空") InspectionObjectType objectType,
        @NotNull(message = "事项类别不能为空") ItemCategory category,
        @NotNull(message = "默认抽查比例不能为空")
        @DecimalMin(value = "0", inclusive = false, message = "默认抽查比例应大于 0")
        @DecimalMax(value = "1", message = "默认抽查比例不超过 1（100%）") BigDecimal defaultRatio,
        @NotNull(message = "默认抽查频次不能为空") @Min(value = 1, message = "默认抽查频次至少每年 1 次")
        @Max(value = 12, message = "默认抽查频次至多每年 12 次") Integer defaultFrequency,
        @Valid GuidelineRequest guideline,
        @Size(max = 500, message = "检查人员要求不超过 500 字") String inspectorRequirements,
        @Size(max = 500, message = "备注不超过 500 字") String remarks,
        @Size(max = 32, message = "专业领域不超过 32 字") String expertise) {

    /** 随机抽查工作指引 (S3 一(一)): text and attachments, versioned and published with the item. */
    public record GuidelineRequest(
            @NotBlank(message = "工作指引正文不能为空") @Size(max = 10000, message = "工作指引正文不超过 10000 字") String text,
            @Size(max = 20, message = "工作指引附件不超过 20 个") List<@Valid AttachmentRequest> attachments) {
    }

    /** An attachment: name, location and optional hex SHA-256. */
    public record AttachmentRequest(@NotBlank(message = "附件名称不能为空") String name,
                                    @NotBlank(message = "附件地址不能为空") String uri, String sha256) {
    }

    /** A sub-item; {@code allowedResults} defaults to 正常/不正常. */
    public record SubItemRequest(
            @NotBlank(message = "检查子项名称不能为空") @Size(max = 200, message = "检查子项名称不超过 200 字") String name,
            @Size(max = 10, message = "可选结果不超过 10 个") List<String> allowedResults) {
    }
}
