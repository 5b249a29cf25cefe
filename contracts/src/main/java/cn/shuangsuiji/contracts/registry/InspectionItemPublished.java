package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 抽查事项已公布 — one version of an inspection item (随机抽查事项) was published in its department's list
 * (rules.md §1; S2 7, 8, 11). A published version is never edited: a change publishes a new version.
 *
 * @param itemId           stable id of the item across versions
 * @param version          the published version, 1, 2, ...
 * @param departmentId     the owning department
 * @param checkProject     检查项目
 * @param subItems         检查子项 (names)
 * @param legalBasis       检查依据
 * @param method           检查方式, e.g. ON_SITE (实地核查), DOCUMENTS (书面检查), ONLINE (网络监测), DATA_COMPARISON (信息比对)
 * @param objectType       检查对象类型, e.g. ENTERPRISE, INDIVIDUAL_BUSINESS, COOPERATIVE, PRODUCT, PROJECT
 * @param category         KEY (重点检查事项) or GENERAL (一般检查事项)
 * @param defaultRatio     default draw ratio, e.g. 0.03
 * @param defaultFrequency default rounds per year
 * @param subItemResults   each sub-item (in the order of {@code subItems}) with the results an inspector may record
 *                         for it (S0 11: 正常/不正常 unless the item has its own); added in place (additive): an
 *                         event without it means 正常/不正常 for every sub-item
 * @param inspectorRequirements 检查人员要求 of the item list (抽查事项清单), or null; public (additive, issue 10)
 * @param remarks          备注 of the item list, or null; public (additive, issue 10)
 * @param expertise        专业领域 the item needs expert help with (S0 9; S3 一(一)), e.g. 特种设备; null = none
 *                         (additive, issue 15)
 */
@EventType(name = "ssj.registry.InspectionItemPublished", version = 1, topic = Topics.REGISTRY_ITEMS)
public record InspectionItemPublished(
        UUID eventId,
        Instant occurredAt,
        String itemId,
        int version,
        String departmentId,
        String checkProject,
        List<String> subItems,
        String legalBasis,
        String method,
        String objectType,
        String category,
        BigDecimal defaultRatio,
        int defaultFrequency,
        List<SubItemResults> subItemResults,
        String inspectorRequirements,
        String remarks,
        String expertise) implements IntegrationEvent {

    /** The results of a sub-item without its own: 正常, 不正常. */
    public static final List<String> DEFAULT_RESULTS = List.of("正常", "不正常");

    public InspectionItemPublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(departmentId, "departmentId");
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
        subItemResults = subItemResults == null || subItemResults.isEmpty()
                ? subItems.stream().map(name -> new SubItemResults(name, DEFAULT_RESULTS)).toList()
                : List.copyOf(subItemResults);
        inspectorRequirements = inspectorRequirements == null || inspectorRequirements.isBlank() ? null
                : inspectorRequirements;
        remarks = remarks == null || remarks.isBlank() ? null : remarks;
        expertise = expertise == null || expertise.isBlank() ? null : expertise;
    }

    /** An event with 检查人员要求 and 备注 of an item that needs no expert (the form before expertise was carried). */
    public InspectionItemPublished(UUID eventId, Instant occurredAt, String itemId, int version, String departmentId,
                                   String checkProject, List<String> subItems, String legalBasis, String method,
                                   String objectType, String category, BigDecimal defaultRatio,
                                   int defaultFrequency, List<SubItemResults> subItemResults,
                                   String inspectorRequirements, String remarks) {
        this(eventId, occurredAt, itemId, version, departmentId, checkProject, subItems, legalBasis, method,
                objectType, category, defaultRatio, defaultFrequency, subItemResults, inspectorRequirements, remarks,
                null);
    }

    /** An event with the needed expertise but without 检查人员要求 and 备注. */
    public InspectionItemPublished(UUID eventId, Instant occurredAt, String itemId, int version, String departmentId,
                                   String checkProject, List<String> subItems, String legalBasis, String method,
                                   String objectType, String category, BigDecimal defaultRatio,
                                   int defaultFrequency, List<SubItemResults> subItemResults, String expertise) {
        this(eventId, occurredAt, itemId, version, departmentId, checkProject, subItems, legalBasis, method,
                objectType, category, defaultRatio, defaultFrequency, subItemResults, null, null, expertise);
    }

    /** An event without 检查人员要求, 备注 and expertise (the form before they were carried). */
    public InspectionItemPublished(UUID eventId, Instant occurredAt, String itemId, int version, String departmentId,
                                   String checkProject, List<String> subItems, String legalBasis, String method,
                                   String objectType, String category, BigDecimal defaultRatio,
                                   int defaultFrequency, List<SubItemResults> subItemResults) {
        this(eventId, occurredAt, itemId, version, departmentId, checkProject, subItems, legalBasis, method,
                objectType, category, defaultRatio, defaultFrequency, subItemResults, null, null, null);
    }

    /** An event whose sub-items all take 正常/不正常 (the form before sub-item results were carried). */
    public InspectionItemPublished(UUID eventId, Instant occurredAt, String itemId, int version, String departmentId,
                                   String checkProject, List<String> subItems, String legalBasis, String method,
                                   String objectType, String category, BigDecimal defaultRatio,
                                   int defaultFrequency) {
        this(eventId, occurredAt, itemId, version, departmentId, checkProject, subItems, legalBasis, method,
                objectType, category, defaultRatio, defaultFrequency, null, null, null, null);
    }

    /** The results allowed for a sub-item, or 正常/不正常 when the event does not name it. */
    public List<String> resultsOf(String subItem) {
        return subItemResults.stream().filter(s -> s.name().equals(subItem)).findFirst()
                .map(SubItemResults::allowedResults).orElse(DEFAULT_RESULTS);
    }

    /**
     * 检查子项及其可选结果.
     *
     * @param name           the sub-item's name, as in {@code subItems}
     * @param allowedResults the results an inspector may record, e.g. 正常, 不正常, 不适用
     */
    public record SubItemResults(String name, List<String> allowedResults) {

        public SubItemResults {
            Objects.requireNonNull(name, "name");
            allowedResults = allowedResults == null || allowedResults.isEmpty() ? DEFAULT_RESULTS
                    : List.copyOf(allowedResults);
        }
    }

    @Override
    public String aggregateId() {
        return itemId;
    }
}
