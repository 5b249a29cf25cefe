package cn.shuangsuiji.registry.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.inspector.DeclaredRelations;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.inspector.InspectorStatus;
import cn.shuangsuiji.registry.domain.inspector.Relative;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.InspectionMethod;
import cn.shuangsuiji.registry.domain.item.InspectionObjectType;
import cn.shuangsuiji.registry.domain.item.ItemCategory;
import cn.shuangsuiji.registry.domain.item.SubItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Item rows of a bulk import (and the export rows of items and inspectors that must import again). */
class ItemRowsTest {

    static final Map<String, Integer> POSITIONS = ItemRows.COLUMNS.bind(List.of("事项标识", "部门标识", "检查项目", "检查子项",
            "检查内容", "检查依据", "检查方式", "检查对象类型", "事项类别", "默认抽查比例", "默认抽查频次"));

    static ItemRows.ItemRow parse(String... cells) {
        return ItemRows.parse(new ImportColumns.Row(POSITIONS, List.of(cells)), Set.of("qy-amr"));
    }

    static List<FieldProblem> problems(String... cells) {
        try {
            parse(cells);
        } catch (DomainProblem p) {
            assertThat(p.code()).isEqualTo("ITEM_INVALID");
            return p.fieldProblems();
        }
        throw new AssertionError("row was accepted");
    }

    @Test
    void parsesAGoodRowWithChineseOrEnglishValuesAndSubItemResults() {
        ItemRows.ItemRow row = parse("item-qy-001", "qy-amr", "食品经营许可情况的检查",
                "证照悬挂:正常/不正常/不适用；从业人员健康证明", "检查许可证件", "《食品安全法》第三十五条", "实地核查", "企业",
                "重点", "5%", "2.0");
        assertThat(row.id().value()).isEqualTo("item-qy-001");
        assertThat(row.owner().value()).isEqualTo("qy-amr");
        assertThat(row.content().subItems()).containsExactly(
                new SubItem("证照悬挂", List.of("正常", "不正常", "不适用")), SubItem.of("从业人员健康证明"));
        assertThat(row.content().method()).isEqualTo(InspectionMethod.ON_SITE);
        assertThat(row.content().objectType()).isEqualTo(InspectionObjectType.ENTERPRISE);
        assertThat(row.content().category()).isEqualTo(ItemCategory.KEY);
        assertThat(row.content().defaultRatio()).isEqualByComparingTo("0.05");
        assertThat(row.content().defaultFrequency()).isEqualTo(2);

        ItemRows.ItemRow english = parse("item-qy-001", "qy-amr", "食品经营许可情况的检查", "证照悬挂", "检查许可证件",
                "《食品安全法》", "DOCUMENTS", "product", "一般检查事项", "0.050", "1");
        assertThat(english.content().category()).isEqualTo(ItemCategory.GENERAL);
        assertThat(english.content().defaultRatio()).isEqualTo(new BigDecimal("0.05"));
    }

    @Test
    void reportsEveryBadCellOfARowWithItsCode() {
        assertThat(problems("item 1", "nowhere", "", "", "", "依据", "上门", "工厂", "特别", "150%", "一次"))
                .extracting(FieldProblem::field, FieldProblem::code)
                .contains(tuple("itemId", "ITEM_ID_FORMAT"), tuple("departmentId", "DEPARTMENT_NOT_FOUND"),
                        tuple("checkProject", "ITEM_CHECK_PROJECT_INVALID"),
                        tuple("subItems", "ITEM_SUB_ITEMS_REQUIRED"), tuple("content", "ITEM_CONTENT_INVALID"),
                        tuple("method", "ENUM_VALUE"), tuple("objectType", "ENUM_VALUE"),
                        tuple("category", "ENUM_VALUE"), tuple("defaultRatio", "ITEM_RATIO_INVALID"),
                        tuple("defaultFrequency", "NUMBER_FORMAT"));
        assertThat(problems("item 1", "nowhere", "", "", "", "依据", "上门", "工厂", "特别", "150%", "一次"))
                .extracting(FieldProblem::message).contains("部门不存在：nowhere", "检查方式取值无效：上门")
                .allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(problems("", "", "项目", "子项:正常;子项", "内容", "依据", "ON_SITE", "ENTERPRISE", "KEY", "x", "13"))
                .extracting(FieldProblem::field, FieldProblem::code)
                .containsExactlyInAnyOrder(tuple("itemId", "REQUIRED"), tuple("departmentId", "REQUIRED"),
                        tuple("subItems", "ITEM_SUB_ITEM_RESULTS_INVALID"), tuple("defaultRatio", "NUMBER_FORMAT"),
                        tuple("defaultFrequency", "ITEM_FREQUENCY_INVALID"));
        assertThat(problems("i-1", "qy-amr", "项目", "子项;子项", "内容", "依据", "ON_SITE", "ENTERPRISE", "KEY", "0.1",
                "1")).extracting(FieldProblem::field, FieldProblem::code)
                .containsExactly(tuple("subItems", "ITEM_SUB_ITEM_DUPLICATE"));
        assertThat(problems("i-1", "qy-amr", "项目", "子项", "内容", "依据", "ON_SITE", "ENTERPRISE", "KEY", "0.1", ""))
                .extracting(FieldProblem::message).containsExactly("默认抽查频次不能为空");
    }

    @Test
    void anExportedItemRowParsesBackToTheSameContent() {
        ItemRows.ItemRow row = parse("item-qy-002", "qy-amr", "检查项目", "甲:合格/不合格;乙", "内容", "依据", "网络监测",
                "行为", "重点", "0.3", "4");
        InspectionItem item = InspectionItem.draft(row.id(), row.owner(), row.content(), Instant.EPOCH);
        List<String> cells = ItemRows.cells(item);
        assertThat(cells).containsExactly("item-qy-002", "qy-amr", "检查项目", "甲:合格/不合格;乙", "内容", "依据", "ONLINE",
                "BEHAVIOUR", "KEY", "0.3", "4");
        Map<String, Integer> exported = ItemRows.COLUMNS.bind(ItemRows.COLUMNS.exportHeader());
        assertThat(ItemRows.parse(new ImportColumns.Row(exported, cells), Set.of("qy-amr"))).isEqualTo(row);
    }

    @Test
    void inspectorExportLeavesPersonalColumnsOutAndSuchAFileKeepsTheStoredPersonalData() {
        InspectorDetails stored = new InspectorDetails("qy-amr", "李明", null, "冀执-001", null, LocalDate.of(2028, 12, 31),
                "市场监管所", "130634", List.of(), List.of("食品"), List.of(), InspectorStatus.ACTIVE, "13700000000",
                "11010519491231002X", new DeclaredRelations(List.of(new Relative("李红", "配偶", null)), List.of(),
                List.of()));
        Inspector inspector = Inspector.register(stored, Instant.EPOCH);
        List<String> masked = InspectorRows.cells(inspector, false);
        List<String> header = InspectorRows.exportHeader(false);
        assertThat(header).hasSameSizeAs(masked).noneMatch(h -> h.contains("phone") || h.contains("relatives"));
        assertThat(String.join(",", masked)).doesNotContain("13700000000").doesNotContain("李红");
        Map<String, Integer> positions = InspectorRows.COLUMNS.bind(header);
        InspectorDetails reimported = InspectorRows.parse(new ImportColumns.Row(positions, masked), Set.of("qy-amr"));
        assertThat(reimported.phone()).isNull();
        assertThat(InspectorRows.withStoredPersonalData(reimported, stored, positions.keySet())).isEqualTo(stored);

        List<String> full = InspectorRows.cells(inspector, true);
        Map<String, Integer> all = InspectorRows.COLUMNS.bind(InspectorRows.exportHeader(true));
        InspectorDetails withPersonal = InspectorRows.parse(new ImportColumns.Row(all, full), Set.of("qy-amr"));
        assertThat(withPersonal).isEqualTo(stored);
        assertThat(InspectorRows.withStoredPersonalData(withPersonal, stored, all.keySet())).isSameAs(withPersonal);
    }
}
