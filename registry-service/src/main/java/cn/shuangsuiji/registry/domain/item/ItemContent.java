package cn.shuangsuiji.registry.domain.item;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * 事项内容 — what one version of an inspection item says (rules.md §1; S0 11; S2 7, 8, 11).
 *
 * @param checkProject     检查项目, e.g. 食品经营者落实食品安全主体责任情况的检查
 * @param subItems         检查子项 with their allowed results
 * @param content          检查内容 (free text)
 * @param legalBasis       检查依据
 * @param method           检查方式
 * @param objectType       检查对象类型
 * @param category         重点 / 一般
 * @param defaultRatio     default draw ratio, 0 &lt; ratio ≤ 1
 * @param defaultFrequency default rounds per year, 1..12
 * @param guideline        随机抽查工作指引 (S3 一(一)), or null while none is written
 * @param inspectorRequirements 检查人员要求 (抽查事项清单), e.g. 具有食品安全执法资格, or null; up to 500 characters
 * @param remarks          备注 (抽查事项清单), or null; up to 500 characters
 * @param expertise        专业领域 the item needs expert help with (S0 9; S3 一(一)), e.g. 特种设备; null = none
 */
public record ItemContent(String checkProject, List<SubItem> subItems, String content, String legalBasis,
                          InspectionMethod method, InspectionObjectType objectType, ItemCategory category,
                          BigDecimal defaultRatio, int defaultFrequency, WorkingGuideline guideline,
                          String inspectorRequirements, String remarks, String expertise) {

    /** Content with 检查人员要求 and 备注 of an item that needs no expert. */
    public ItemContent(String checkProject, List<SubItem> subItems, String content, String legalBasis,
                       InspectionMethod method, InspectionObjectType objectType, ItemCategory category,
                       BigDecimal defaultRatio, int defaultFrequency, WorkingGuideline guideline,
                       String inspectorRequirements, String remarks) {
        this(checkProject, subItems, content, legalBasis, method, objectType, category, defaultRatio,
                defaultFrequency, guideline, inspectorRequirements, remarks, null);
    }

    /** Content of an item that needs expert help, without 检查人员要求 and 备注. */
    public ItemContent(String checkProject, List<SubItem> subItems, String content, String legalBasis,
                       InspectionMethod method, InspectionObjectType objectType, ItemCategory category,
                       BigDecimal defaultRatio, int defaultFrequency, WorkingGuideline guideline,
                       String expertise) {
        this(checkProject, subItems, content, legalBasis, method, objectType, category, defaultRatio,
                defaultFrequency, guideline, null, null, expertise);
    }

    public ItemContent(String checkProject, List<SubItem> subItems, String content, String legalBasis,
                       InspectionMethod method, InspectionObjectType objectType, ItemCategory category,
                       BigDecimal defaultRatio, int defaultFrequency, WorkingGuideline guideline) {
        this(checkProject, subItems, content, legalBasis, method, objectType, category, defaultRatio,
                defaultFrequency, guideline, null, null, null);
    }

    public ItemContent(String checkProject, List<SubItem> subItems, String content, String legalBasis,
                       InspectionMethod method, InspectionObjectType objectType, ItemCategory category,
                       BigDecimal defaultRatio, int defaultFrequency) {
        this(checkProject, subItems, content, legalBasis, method, objectType, category, defaultRatio,
                defaultFrequency, null);
    }

    public ItemContent {
        checkProject = requireText(checkProject, "checkProject", "ITEM_CHECK_PROJECT_INVALID", "检查项目", 200);
        content = requireText(content, "content", "ITEM_CONTENT_INVALID", "检查内容", 2000);
        legalBasis = requireText(legalBasis, "legalBasis", "ITEM_LEGAL_BASIS_INVALID", "检查依据", 2000);
        if (subItems == null || subItems.isEmpty()) {
            throw invalid("subItems", "ITEM_SUB_ITEMS_REQUIRED", "至少需要一个检查子项");
        }
        subItems = List.copyOf(subItems);
        if (new HashSet<>(subItems.stream().map(SubItem::name).toList()).size() != subItems.size()) {
            throw invalid("subItems", "ITEM_SUB_ITEM_DUPLICATE", "检查子项名称不能重复");
        }
        if (method == null) {
            throw invalid("method", "ITEM_METHOD_REQUIRED", "检查方式不能为空");
        }
        if (objectType == null) {
            throw invalid("objectType", "ITEM_OBJECT_TYPE_REQUIRED", "检查对象类型不能为空");
        }
        if (category == null) {
            throw invalid("category", "ITEM_CATEGORY_REQUIRED", "事项类别不能为空");
        }
        if (defaultRatio == null || defaultRatio.signum() <= 0 || defaultRatio.compareTo(BigDecimal.ONE) > 0) {
            throw invalid("defaultRatio", "ITEM_RATIO_INVALID", "默认抽查比例应大于 0 且不超过 1（100%）");
        }
        defaultRatio = defaultRatio.stripTrailingZeros();
        if (defaultFrequency < 1 || defaultFrequency > 12) {
            throw invalid("defaultFrequency", "ITEM_FREQUENCY_INVALID", "默认抽查频次应为每年 1 至 12 次");
        }
        inspectorRequirements = optionalText(inspectorRequirements, "inspectorRequirements",
                "ITEM_INSPECTOR_REQUIREMENTS_INVALID", "检查人员要求", 500);
        remarks = optionalText(remarks, "remarks", "ITEM_REMARKS_INVALID", "备注", 500);
        expertise = expertise == null || expertise.isBlank() ? null : expertise.strip();
        if (expertise != null && (expertise.length() > 32 || expertise.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f))) {
            throw invalid("expertise", "ITEM_EXPERTISE_INVALID", "专业领域不超过 32 字且不含控制字符");
        }
    }

    /** Whether the item needs expert help (专家协助, S0 9). */
    public boolean needsExpert() {
        return expertise != null;
    }

    /** The names of the sub-items, in order. */
    public List<String> subItemNames() {
        return subItems.stream().map(SubItem::name).toList();
    }

    private static String requireText(String value, String field, String code, String label, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw invalid(field, code, label + "不能为空且不超过 " + max + " 字");
        }
        return value.strip();
    }

    /** Null for absent or blank text; else the stripped text, at most {@code max} characters, no control characters. */
    private static String optionalText(String value, String field, String code, String label, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max || text.chars().anyMatch(ch -> (ch < 0x20 && ch != '\n') || ch == 0x7f)) {
            throw invalid(field, code, label + "不超过 " + max + " 字且不含控制字符");
        }
        return text;
    }

    static DomainProblem invalid(String field, String code, String message) {
        Objects.requireNonNull(field, "field");
        return DomainProblem.invalid(code, message, List.of(new FieldProblem(field, code, message)));
    }
}
