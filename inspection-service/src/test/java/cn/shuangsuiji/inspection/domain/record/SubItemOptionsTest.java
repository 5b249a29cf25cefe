package cn.shuangsuiji.inspection.domain.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A sub-item's result takes only the options the item version the plan referenced allows for that sub-item:
 * 正常/不正常 by default (as NORMAL/ABNORMAL, either form accepted), or the sub-item's own options.
 */
class SubItemOptionsTest {

    static final ItemDefinition FOOD = new ItemDefinition("food", 3, "qy-amr", "食品经营检查",
            List.of("证照悬挂", "从业人员健康证明", "进货查验"), "《食品安全法》", "ON_SITE", null, List.of(
            new ItemDefinition.SubItemOptions("证照悬挂", List.of("正常", "不正常", "不适用")),
            new ItemDefinition.SubItemOptions("从业人员健康证明", List.of("正常", "不正常")),
            new ItemDefinition.SubItemOptions("进货查验", List.of("合格", "不合格"))));
    static final List<ItemRef> PART = List.of(FOOD.ref("qy-amr"));

    @Test
    void eachSubItemHasItsOwnOptionsInCanonicalForm() {
        assertThat(FOOD.optionsOf("证照悬挂")).containsExactly("NORMAL", "ABNORMAL", "不适用");
        assertThat(FOOD.optionsOf("从业人员健康证明")).containsExactly("NORMAL", "ABNORMAL");
        assertThat(FOOD.optionsOf("进货查验")).containsExactly("合格", "不合格");
        assertThat(new ItemDefinition("x", 1, "d", "p", List.of("a"), "l", "m", null).optionsOf("a"))
                .isEqualTo(ItemDefinition.DEFAULT_OPTIONS);
        assertThat(new SubItemResult("证照悬挂", "正常", "").option()).isEqualTo("NORMAL");
        assertThat(new SubItemResult("证照悬挂", "不正常", "").option()).isEqualTo("ABNORMAL");
    }

    @Test
    void resultsWithinEachSubItemsOptionsAreAccepted() {
        ResultFormRules.check(form("不适用", "正常", "不合格"), PART, Map.of("food", FOOD), true);
        ResultFormRules.check(form("ABNORMAL", "NORMAL", "合格"), PART, Map.of("food", FOOD), true);
    }

    @Test
    void anOptionAnotherSubItemAllowsIsRefusedForThisOne() {
        // 不适用 is allowed for 证照悬挂 only; 正常 is not an option of 进货查验 (合格/不合格)
        assertThatThrownBy(() -> ResultFormRules.check(form("正常", "不适用", "正常"), PART, Map.of("food", FOOD),
                false)).isInstanceOfSatisfying(DomainProblem.class, p -> {
                    assertThat(p.code()).isEqualTo("OPTION_NOT_ALLOWED");
                    assertThat(p.fieldProblems()).extracting(FieldProblem::field).containsExactly(
                            "items[0].subItems[1].option", "items[0].subItems[2].option");
                    assertThat(p.fieldProblems()).extracting(FieldProblem::code).containsOnly("OPTION_NOT_ALLOWED");
                });
    }

    private static ResultForm form(String licence, String health, String purchase) {
        return new ResultForm(List.of(new ItemResult("food", List.of(new SubItemResult("证照悬挂", licence, ""),
                new SubItemResult("从业人员健康证明", health, ""), new SubItemResult("进货查验", purchase, "")))),
                ResultCategory.NO_PROBLEM_FOUND, List.of(), new Signature(SignatureKind.SIGNED, null, null), "");
    }
}
