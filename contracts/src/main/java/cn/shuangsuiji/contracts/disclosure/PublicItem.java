package cn.shuangsuiji.contracts.disclosure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * 公示抽查事项 (抽查事项清单) — one published version of an inspection item as disclosed to the public (S0 7; S1 4):
 * 编号 (itemId), 抽查事项名称 (checkProject), 抽查子项, 抽查依据, 抽查主体 (department), 抽查对象, 抽查比例, 抽查频次,
 * 抽查方式, 检查人员要求, 备注, and the category (重点/一般).
 *
 * @param itemId       item id
 * @param version      version
 * @param departmentId owning department
 * @param checkProject 检查项目
 * @param subItems     检查子项
 * @param legalBasis   检查依据
 * @param method       检查方式
 * @param objectType   检查对象类型
 * @param category     KEY or GENERAL
 * @param ratio        default ratio
 * @param frequency    default rounds per year
 * @param withdrawn    whether this version was withdrawn
 * @param publishedAt  when it was published
 * @param inspectorRequirements 检查人员要求, or null (additive: absent in records disclosed before it was carried)
 * @param remarks      备注, or null (additive, as above)
 */
public record PublicItem(String itemId, int version, String departmentId, String checkProject, List<String> subItems,
                         String legalBasis, String method, String objectType, String category, BigDecimal ratio,
                         int frequency, boolean withdrawn, Instant publishedAt, String inspectorRequirements,
                         String remarks) {

    public PublicItem {
        Objects.requireNonNull(itemId, "itemId");
        subItems = subItems == null ? List.of() : List.copyOf(subItems);
    }

    /** A version without 检查人员要求 and 备注. */
    public PublicItem(String itemId, int version, String departmentId, String checkProject, List<String> subItems,
                      String legalBasis, String method, String objectType, String category, BigDecimal ratio,
                      int frequency, boolean withdrawn, Instant publishedAt) {
        this(itemId, version, departmentId, checkProject, subItems, legalBasis, method, objectType, category, ratio,
                frequency, withdrawn, publishedAt, null, null);
    }

    /** This version, withdrawn. */
    public PublicItem withdraw() {
        return new PublicItem(itemId, version, departmentId, checkProject, subItems, legalBasis, method, objectType,
                category, ratio, frequency, true, publishedAt, inspectorRequirements, remarks);
    }
}
