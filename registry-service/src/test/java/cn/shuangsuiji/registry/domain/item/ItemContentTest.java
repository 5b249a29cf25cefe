package cn.shuangsuiji.registry.domain.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ItemContentTest {

    private static ItemContent with(List<SubItem> subItems, BigDecimal ratio, int frequency) {
        return new ItemContent("企业公示信息检查", subItems, "内容", "依据", InspectionMethod.DOCUMENTS,
                InspectionObjectType.ENTERPRISE, ItemCategory.KEY, ratio, frequency);
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainProblem p) {
            return p.code() + "@" + p.fieldProblems().get(0).field();
        }
        throw new AssertionError("no problem thrown");
    }

    @Test
    void acceptsAValidContentAndDefaultsResultsToNormalAndAbnormal() {
        ItemContent c = with(List.of(SubItem.of("年报")), new BigDecimal("0.050"), 2);
        assertThat(c.subItems().get(0).allowedResults()).containsExactly("正常", "不正常");
        assertThat(c.defaultRatio()).isEqualByComparingTo("0.05");
        assertThat(c.subItemNames()).containsExactly("年报");
    }

    @Test
    void rejectsRatiosOutsideZeroToOne() {
        assertThat(code(() -> with(List.of(SubItem.of("a")), BigDecimal.ZERO, 1))).isEqualTo("ITEM_RATIO_INVALID@defaultRatio");
        assertThat(code(() -> with(List.of(SubItem.of("a")), new BigDecimal("1.01"), 1))).isEqualTo("ITEM_RATIO_INVALID@defaultRatio");
        assertThat(with(List.of(SubItem.of("a")), BigDecimal.ONE, 1).defaultRatio()).isEqualByComparingTo("1");
    }

    @Test
    void rejectsFrequenciesOutsideOneToTwelve() {
        assertThat(code(() -> with(List.of(SubItem.of("a")), new BigDecimal("0.1"), 0))).isEqualTo("ITEM_FREQUENCY_INVALID@defaultFrequency");
        assertThat(code(() -> with(List.of(SubItem.of("a")), new BigDecimal("0.1"), 13))).isEqualTo("ITEM_FREQUENCY_INVALID@defaultFrequency");
    }

    @Test
    void requiresDistinctSubItems() {
        assertThat(code(() -> with(List.of(), new BigDecimal("0.1"), 1))).isEqualTo("ITEM_SUB_ITEMS_REQUIRED@subItems");
        assertThat(code(() -> with(List.of(SubItem.of("a"), SubItem.of("a")), new BigDecimal("0.1"), 1)))
                .isEqualTo("ITEM_SUB_ITEM_DUPLICATE@subItems");
    }

    @Test
    void requiresAtLeastTwoDistinctResultsPerSubItem() {
        assertThat(code(() -> new SubItem("a", List.of("合格")))).isEqualTo("ITEM_SUB_ITEM_RESULTS_INVALID@subItems.allowedResults");
        assertThat(code(() -> new SubItem("a", List.of("合格", "合格")))).isEqualTo("ITEM_SUB_ITEM_RESULTS_INVALID@subItems.allowedResults");
        assertThat(new SubItem("a", List.of("合格", "不合格", "未发现相关经营活动")).allowedResults()).hasSize(3);
        assertThat(code(() -> new SubItem(" ", null))).isEqualTo("ITEM_SUB_ITEM_NAME_INVALID@subItems.name");
    }

    @Test
    void requiresTextsAndEnums() {
        assertThatThrownBy(() -> new ItemContent(" ", List.of(SubItem.of("a")), "c", "l", InspectionMethod.ONLINE,
                InspectionObjectType.PRODUCT, ItemCategory.KEY, BigDecimal.ONE, 1))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "ITEM_CHECK_PROJECT_INVALID");
        assertThatThrownBy(() -> new ItemContent("p", List.of(SubItem.of("a")), "c", "", InspectionMethod.ONLINE,
                InspectionObjectType.PRODUCT, ItemCategory.KEY, BigDecimal.ONE, 1))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "ITEM_LEGAL_BASIS_INVALID");
        assertThatThrownBy(() -> new ItemContent("p", List.of(SubItem.of("a")), "c", "l", null,
                InspectionObjectType.PRODUCT, ItemCategory.KEY, BigDecimal.ONE, 1))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "ITEM_METHOD_REQUIRED");
        assertThatThrownBy(() -> new ItemContent("p", List.of(SubItem.of("a")), "c", "l", InspectionMethod.ONLINE,
                null, ItemCategory.KEY, BigDecimal.ONE, 1))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "ITEM_OBJECT_TYPE_REQUIRED");
        assertThatThrownBy(() -> new ItemContent("p", List.of(SubItem.of("a")), "c", "l", InspectionMethod.ONLINE,
                InspectionObjectType.PRODUCT, null, BigDecimal.ONE, 1))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "ITEM_CATEGORY_REQUIRED");
    }

    @Test
    void inspectorRequirementsAndRemarksAreOptionalBoundedTexts() {
        ItemContent none = with(List.of(SubItem.of("a")), BigDecimal.ONE, 1);
        assertThat(none.inspectorRequirements()).isNull();
        assertThat(none.remarks()).isNull();
        ItemContent some = withListTexts(" 持有行政执法证件 ", "  ");
        assertThat(some.inspectorRequirements()).isEqualTo("持有行政执法证件");
        assertThat(some.remarks()).isNull();
        assertThat(code(() -> withListTexts("要".repeat(501), null)))
                .isEqualTo("ITEM_INSPECTOR_REQUIREMENTS_INVALID@inspectorRequirements");
        assertThat(code(() -> withListTexts(null, "备注\u0007"))).isEqualTo("ITEM_REMARKS_INVALID@remarks");
        assertThat(withListTexts(null, "第一行\n第二行").remarks()).isEqualTo("第一行\n第二行");
        assertThat(withListTexts("甲", null)).isNotEqualTo(withListTexts("乙", null));
    }

    private static ItemContent withListTexts(String inspectorRequirements, String remarks) {
        return new ItemContent("企业公示信息检查", List.of(SubItem.of("a")), "内容", "依据", InspectionMethod.DOCUMENTS,
                InspectionObjectType.ENTERPRISE, ItemCategory.KEY, BigDecimal.ONE, 1, null, inspectorRequirements,
                remarks);
    }
}
