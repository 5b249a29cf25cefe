package cn.shuangsuiji.inspection.domain.record;

import cn.shuangsuiji.platform.error.FieldProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 检查记录表校验 — a department's results checked against the item versions the plan referenced: only its own
 * items, only the version's sub-items, only the options the item allows; complete before submission.
 */
final class ResultFormRules {

    private ResultFormRules() {
    }

    static void check(ResultForm form, List<ItemRef> partItems, Map<String, ItemDefinition> definitions,
                      boolean complete) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < form.items().size(); i++) {
            ItemResult item = form.items().get(i);
            String path = "items[" + i + "]";
            ItemDefinition definition = definitions.get(item.itemId());
            if (definition == null || partItems.stream().noneMatch(r -> r.itemId().equals(item.itemId()))) {
                problems.add(new FieldProblem(path + ".itemId", "ITEM_NOT_IN_PART",
                        "本部门在此记录中没有该检查事项：" + item.itemId()));
                continue;
            }
            for (int j = 0; j < item.subItems().size(); j++) {
                SubItemResult sub = item.subItems().get(j);
                String subPath = path + ".subItems[" + j + "]";
                if (!definition.answerable().contains(sub.subItem())) {
                    problems.add(new FieldProblem(subPath + ".subItem", "SUB_ITEM_UNKNOWN",
                            "检查事项第 " + definition.version() + " 版没有该检查子项：" + sub.subItem()));
                } else if (!definition.optionsOf(sub.subItem()).contains(sub.option())) {
                    problems.add(new FieldProblem(subPath + ".option", "OPTION_NOT_ALLOWED",
                            "检查子项「" + sub.subItem() + "」不允许此结果：" + sub.option() + "（可选："
                                    + String.join("、", definition.optionsOf(sub.subItem())) + "）"));
                } else if (!answered.add(item.itemId() + "\u0000" + sub.subItem())) {
                    problems.add(new FieldProblem(subPath + ".subItem", "SUB_ITEM_TWICE",
                            "同一检查子项只能有一个结果：" + sub.subItem()));
                }
            }
        }
        if (form.category() != null && form.category().onlyDirect()) {
            problems.add(new FieldProblem("category", "CATEGORY_NEEDS_EVIDENCE_STEP",
                    "“" + form.category().chineseName() + "”须通过无法联系或不配合检查登记并附证据（S1 21）"));
        }
        if (complete) {
            for (ItemRef ref : partItems) {
                ItemDefinition definition = definitions.get(ref.itemId());
                if (definition == null) {
                    continue;
                }
                for (String sub : definition.answerable()) {
                    if (!answered.contains(ref.itemId() + "\u0000" + sub)) {
                        problems.add(new FieldProblem("items", "RESULT_INCOMPLETE",
                                "检查子项尚无结果：" + definition.checkProject() + " / " + sub));
                    }
                }
            }
            if (form.category() == null) {
                problems.add(new FieldProblem("category", "CATEGORY_REQUIRED", "须选择检查结果类别"));
            }
            if (form.signature() == null) {
                problems.add(new FieldProblem("signature", "SIGNATURE_REQUIRED",
                        "须记录被检查对象签字、盖章或拒绝签字的情况"));
            }
            if (form.category() == ResultCategory.PROBLEM_FOUND_CORRECTION_ORDERED
                    && !form.took(MeasureKind.ORDER_CORRECTION)) {
                problems.add(new FieldProblem("measures", "MEASURE_REQUIRED",
                        "结果为“发现问题已责令改正”的，须记录责令改正措施"));
            }
        }
        if (!problems.isEmpty()) {
            throw InspectionProblems.invalid(problems.get(0).code(), "检查结果有 " + problems.size() + " 处不符合要求",
                    problems);
        }
    }
}
