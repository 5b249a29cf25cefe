package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.item.InspectionMethod;
import cn.shuangsuiji.registry.domain.item.InspectionObjectType;
import cn.shuangsuiji.registry.domain.item.ItemCategory;
import cn.shuangsuiji.registry.domain.item.ItemContent;
import cn.shuangsuiji.registry.domain.item.SubItem;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 抽查事项导入模板 — the inspection item file columns and the mapping of a row to an item id, its owning
 * department and the content of its (draft) version.
 */
final class ItemRows {

    static final ImportColumns COLUMNS;

    static {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("itemId", "事项标识");
        c.put("departmentId", "部门标识");
        c.put("checkProject", "检查项目");
        c.put("subItems", "检查子项");
        c.put("content", "检查内容");
        c.put("legalBasis", "检查依据");
        c.put("method", "检查方式");
        c.put("objectType", "检查对象类型");
        c.put("category", "事项类别");
        c.put("defaultRatio", "默认抽查比例");
        c.put("defaultFrequency", "默认抽查频次");
        COLUMNS = new ImportColumns(c, Set.of("itemId", "departmentId", "checkProject", "subItems", "content",
                "legalBasis", "method", "objectType", "category", "defaultRatio", "defaultFrequency"));
    }

    /** One valid row: which item, whose list, and what its version says. */
    record ItemRow(InspectionItemId id, DepartmentId owner, ItemContent content) {
    }

    private ItemRows() {
    }

    /** The item of a row, or a problem ({@code ITEM_INVALID}) listing every bad field. */
    static ItemRow parse(ImportColumns.Row row, Set<String> knownDepartments) {
        InspectionItemId id = null;
        String idText = row.text("itemId");
        if (idText == null) {
            row.problems.add(new FieldProblem("itemId", "REQUIRED", "事项标识不能为空"));
        } else {
            try {
                id = new InspectionItemId(idText);
            } catch (IllegalArgumentException e) {
                row.problems.add(new FieldProblem("itemId", "ITEM_ID_FORMAT",
                        "事项标识只能包含字母、数字、下划线和连字符（1 至 64 位）：" + idText));
            }
        }
        String department = row.text("departmentId");
        if (department == null) {
            row.problems.add(new FieldProblem("departmentId", "REQUIRED", "部门标识不能为空"));
        } else if (!knownDepartments.contains(department)) {
            row.problems.add(new FieldProblem("departmentId", "DEPARTMENT_NOT_FOUND", "部门不存在：" + department));
        }
        List<SubItem> subItems = subItems(row);
        InspectionMethod method = row.choice("method", method(row.text("method")), "检查方式");
        InspectionObjectType objectType = row.choice("objectType", objectType(row.text("objectType")), "检查对象类型");
        ItemCategory category = row.choice("category", category(row.text("category")), "事项类别");
        BigDecimal ratio = ratio(row);
        int frequency = frequency(row);
        textProblem(row, "checkProject", "ITEM_CHECK_PROJECT_INVALID", "检查项目", 200);
        textProblem(row, "content", "ITEM_CONTENT_INVALID", "检查内容", 2000);
        textProblem(row, "legalBasis", "ITEM_LEGAL_BASIS_INVALID", "检查依据", 2000);
        List<FieldProblem> problems = new ArrayList<>(row.problems);
        ItemContent content = null;
        if (problems.isEmpty()) {
            try {
                content = new ItemContent(row.text("checkProject"), subItems, row.text("content"),
                        row.text("legalBasis"), method, objectType, category, ratio, frequency);
            } catch (DomainProblem e) {
                e.fieldProblems().forEach(p -> problems.add(new FieldProblem(column(p.field()), p.code(), p.message())));
            }
        }
        if (!problems.isEmpty()) {
            throw DomainProblem.invalid("ITEM_INVALID", "行数据未通过校验", problems);
        }
        return new ItemRow(id, new DepartmentId(department), content);
    }

    /** {@code 名称:结果1/结果2;名称2} — results are optional (default 正常/不正常). */
    private static List<SubItem> subItems(ImportColumns.Row row) {
        List<SubItem> subItems = new ArrayList<>();
        List<String> cells = row.list("subItems");
        if (cells.isEmpty()) {
            row.problems.add(new FieldProblem("subItems", "ITEM_SUB_ITEMS_REQUIRED", "至少需要一个检查子项"));
            return subItems;
        }
        for (String cell : cells) {
            int colon = cell.indexOf(':') >= 0 ? cell.indexOf(':') : cell.indexOf('：');
            String name = colon < 0 ? cell : cell.substring(0, colon);
            List<String> results = colon < 0 ? List.of()
                    : Arrays.stream(cell.substring(colon + 1).split("/", -1)).map(String::trim).toList();
            try {
                subItems.add(new SubItem(name, results));
            } catch (DomainProblem e) {
                e.fieldProblems().forEach(p -> row.problems.add(new FieldProblem("subItems", p.code(), p.message())));
            }
        }
        if (row.problems.stream().noneMatch(p -> p.field().equals("subItems"))
                && subItems.stream().map(SubItem::name).distinct().count() != subItems.size()) {
            row.problems.add(new FieldProblem("subItems", "ITEM_SUB_ITEM_DUPLICATE", "检查子项名称不能重复"));
        }
        return subItems;
    }

    private static BigDecimal ratio(ImportColumns.Row row) {
        String v = row.text("defaultRatio");
        if (v == null) {
            row.problems.add(new FieldProblem("defaultRatio", "REQUIRED", "默认抽查比例不能为空"));
            return null;
        }
        try {
            BigDecimal ratio = v.endsWith("%") ? new BigDecimal(v.substring(0, v.length() - 1).trim()).movePointLeft(2)
                    : new BigDecimal(v);
            if (ratio.signum() <= 0 || ratio.compareTo(BigDecimal.ONE) > 0) {
                row.problems.add(new FieldProblem("defaultRatio", "ITEM_RATIO_INVALID",
                        "默认抽查比例应大于 0 且不超过 1（100%）：" + v));
            }
            return ratio;
        } catch (NumberFormatException e) {
            row.problems.add(new FieldProblem("defaultRatio", "NUMBER_FORMAT", "默认抽查比例应为小数或百分数，如 0.05 或 5%：" + v));
            return null;
        }
    }

    private static int frequency(ImportColumns.Row row) {
        String v = row.text("defaultFrequency");
        if (v == null) {
            row.problems.add(new FieldProblem("defaultFrequency", "REQUIRED", "默认抽查频次不能为空"));
            return 0;
        }
        try {
            // an XLSX number cell may read as "2.0"
            int f = new BigDecimal(v).intValueExact();
            if (f < 1 || f > 12) {
                row.problems.add(new FieldProblem("defaultFrequency", "ITEM_FREQUENCY_INVALID",
                        "默认抽查频次应为每年 1 至 12 次：" + v));
            }
            return f;
        } catch (NumberFormatException | ArithmeticException e) {
            row.problems.add(new FieldProblem("defaultFrequency", "NUMBER_FORMAT", "默认抽查频次应为整数：" + v));
            return 0;
        }
    }

    /** Reports a missing or too long text cell (with the code {@link ItemContent} uses). */
    private static void textProblem(ImportColumns.Row row, String key, String code, String label, int max) {
        String v = row.text(key);
        if (v == null || v.length() > max) {
            row.problems.add(new FieldProblem(key, code, label + "不能为空且不超过 " + max + " 字"));
        }
    }

    /** {@code subItems.name} → {@code subItems}: errors name the file's column. */
    private static String column(String field) {
        int dot = field.indexOf('.');
        return dot < 0 ? field : field.substring(0, dot);
    }

    static InspectionMethod method(String text) {
        for (InspectionMethod m : InspectionMethod.values()) {
            if (m.name().equalsIgnoreCase(text) || m.chineseName().equals(text)) {
                return m;
            }
        }
        return null;
    }

    static InspectionObjectType objectType(String text) {
        for (InspectionObjectType t : InspectionObjectType.values()) {
            if (t.name().equalsIgnoreCase(text) || t.chineseName().equals(text)) {
                return t;
            }
        }
        return null;
    }

    /** KEY / GENERAL, 重点检查事项 / 一般检查事项, or short 重点 / 一般. */
    static ItemCategory category(String text) {
        for (ItemCategory c : ItemCategory.values()) {
            if (c.name().equalsIgnoreCase(text) || c.chineseName().equals(text)
                    || (text != null && c.chineseName().equals(text + "检查事项"))) {
                return c;
            }
        }
        return null;
    }

    /** A row of an export, in {@link #COLUMNS} order: the item's latest version (the open draft if any). */
    static List<String> cells(InspectionItem item) {
        ItemContent c = item.latest().content();
        List<String> cells = new ArrayList<>();
        cells.add(item.id().value());
        cells.add(item.owner().value());
        cells.add(c.checkProject());
        cells.add(c.subItems().stream().map(s -> s.allowedResults().equals(SubItem.DEFAULT_RESULTS) ? s.name()
                : s.name() + ":" + String.join("/", s.allowedResults())).collect(Collectors.joining(";")));
        cells.add(c.content());
        cells.add(c.legalBasis());
        cells.add(c.method().name());
        cells.add(c.objectType().name());
        cells.add(c.category().name());
        cells.add(c.defaultRatio().toPlainString());
        cells.add(String.valueOf(c.defaultFrequency()));
        return cells;
    }
}
