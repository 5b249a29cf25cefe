package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import cn.shuangsuiji.registry.domain.privacy.TestPseudonyms;
import cn.shuangsuiji.registry.domain.validation.Uscc;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportRowsTest {

    static final Pseudonyms P = TestPseudonyms.PSEUDONYMS;

    @Test
    void bindsChineseEnglishAndExportHeadersAndRefusesUnknownOrMissingColumns() {
        Map<String, Integer> positions = EntityRows.COLUMNS.bind(List.of("\uFEFF名称", "uscc", "行政区划代码(regionCode)",
                "对象类型", "status", "信用风险分类"));
        assertThat(positions).containsEntry("name", 0).containsEntry("uscc", 1).containsEntry("regionCode", 2);
        assertThatThrownBy(() -> EntityRows.COLUMNS.bind(List.of("名称", "颜色")))
                .isInstanceOfSatisfying(DomainProblem.class, p -> {
                    assertThat(p.code()).isEqualTo("IMPORT_HEADER_INVALID");
                    assertThat(p.detail()).contains("颜色").contains("行政区划代码");
                });
        assertThatThrownBy(() -> EntityRows.COLUMNS.bind(List.of("名称", "name", "regionCode", "objectType", "status",
                "creditClass"))).hasMessageContaining("重复");
    }

    @Test
    void parsesAGoodRowAndReportsEveryBadCellWithItsCode() {
        List<String> header = List.of("name", "uscc", "regionCode", "objectType", "status", "creditClass",
                "abnormalList", "licences", "supervisionScopes", "tags");
        Map<String, Integer> positions = EntityRows.COLUMNS.bind(header);
        String uscc = Uscc.complete("91130634MA0A00001");
        EntityDetails good = EntityRows.parse(new ImportColumns.Row(positions, List.of("恒达石材", uscc, "130634", "企业",
                "注销", "c", "是", "JY1|食品经营许可证|2022-01-01|45658", "qy-amr", "石材；重点")), Set.of("qy-amr"), P);
        assertThat(good.status()).isEqualTo(EntityStatus.CANCELLED);
        assertThat(good.abnormalList()).isTrue();
        assertThat(good.tags()).containsExactly("石材", "重点");
        assertThat(good.licences().get(0).validUntil()).isEqualTo(LocalDate.of(2025, 1, 1));

        assertThatThrownBy(() -> EntityRows.parse(new ImportColumns.Row(positions, List.of("", uscc.substring(0, 17)
                + "Z", "1306", "工厂", "存续", "F", "也许", "JY1||2022-13-01|", "nowhere", "")), Set.of("qy-amr"), P))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.fieldProblems())
                        .extracting(FieldProblem::field, FieldProblem::code)
                        .contains(org.assertj.core.groups.Tuple.tuple("name", "REQUIRED"),
                                org.assertj.core.groups.Tuple.tuple("uscc", "USCC_FORMAT"),
                                org.assertj.core.groups.Tuple.tuple("regionCode", "REGION_CODE_FORMAT"),
                                org.assertj.core.groups.Tuple.tuple("objectType", "ENUM_VALUE"),
                                org.assertj.core.groups.Tuple.tuple("creditClass", "ENUM_VALUE"),
                                org.assertj.core.groups.Tuple.tuple("abnormalList", "BOOLEAN_FORMAT"),
                                org.assertj.core.groups.Tuple.tuple("licences[0].validFrom", "DATE_FORMAT"),
                                org.assertj.core.groups.Tuple.tuple("supervisionScopes", "DEPARTMENT_NOT_FOUND")));
    }

    @Test
    void parsesInspectorRowsWithDeclaredRelations() {
        Map<String, Integer> positions = InspectorRows.COLUMNS.bind(List.of("部门标识", "姓名", "执法证号", "执法证截止日期",
                "行政区划代码", "人员状态", "近亲属", "利益关联主体", "曾任职单位"));
        InspectorDetails details = InspectorRows.parse(new ImportColumns.Row(positions, List.of("qy-amr", "李明",
                "冀执-001", "2028-12-31", "130634", "在岗", "李红|配偶|11010519491231002X",
                Uscc.complete("91130634MA0A00009"), "|曲阳县某公司")), Set.of("qy-amr"));
        assertThat(details.relations().relatives()).hasSize(1);
        assertThat(details.relations().formerEmployers().get(0).uscc()).isNull();
        assertThatThrownBy(() -> InspectorRows.parse(new ImportColumns.Row(positions, List.of("qy-xx", "李明",
                "冀执-001", "2028-02-30", "130634", "退休", "李红|配偶|110105194912310021", "X", "")), Set.of("qy-amr")))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.fieldProblems())
                        .extracting(FieldProblem::code)
                        .contains("DEPARTMENT_NOT_FOUND", "ENUM_VALUE", "DATE_FORMAT", "ID_NUMBER_CHECK_DIGIT",
                                "USCC_FORMAT"));
    }
}
