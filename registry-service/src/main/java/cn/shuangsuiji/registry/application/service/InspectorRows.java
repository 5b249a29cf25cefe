package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.inspector.DeclaredRelations;
import cn.shuangsuiji.registry.domain.inspector.FormerEmployer;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.inspector.InspectorStatus;
import cn.shuangsuiji.registry.domain.inspector.Relative;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** 执法检查人员导入模板 — inspector file columns and the mapping of a row to {@link InspectorDetails}. */
final class InspectorRows {

    static final ImportColumns COLUMNS;

    static {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("departmentId", "部门标识");
        c.put("name", "姓名");
        c.put("position", "职务");
        c.put("certificateNumber", "执法证号");
        c.put("certificateValidFrom", "执法证起始日期");
        c.put("certificateValidUntil", "执法证截止日期");
        c.put("post", "岗位");
        c.put("regionCode", "行政区划代码");
        c.put("itemIds", "检查事项");
        c.put("categories", "执法类别");
        c.put("tags", "分类标注");
        c.put("status", "人员状态");
        c.put("phone", "联系电话");
        c.put("idNumber", "身份证号码");
        c.put("relatives", "近亲属");
        c.put("interestUsccs", "利益关联主体");
        c.put("formerEmployers", "曾任职单位");
        COLUMNS = new ImportColumns(c, Set.of("departmentId", "name", "certificateNumber", "certificateValidUntil",
                "regionCode", "status"));
    }

    /**
     * Columns with personal data (S0 25): exported only to an administrator of the owning department; a file
     * without them leaves the stored values as they are.
     */
    static final List<String> PERSONAL = List.of("phone", "idNumber", "relatives", "interestUsccs",
            "formerEmployers");

    private InspectorRows() {
    }

    /** The export header: all columns, or without {@link #PERSONAL} ones. */
    static List<String> exportHeader(boolean personalData) {
        return COLUMNS.exportHeader(personalData ? COLUMNS.keys()
                : COLUMNS.keys().stream().filter(k -> !PERSONAL.contains(k)).toList());
    }

    /**
     * A row of an export in {@link #exportHeader} order; without personal data the personal columns are left
     * out (not masked: a masked value would not import again).
     */
    static List<String> cells(Inspector inspector, boolean personalData) {
        InspectorDetails d = inspector.details();
        List<String> cells = new ArrayList<>();
        cells.add(d.departmentId());
        cells.add(d.name());
        cells.add(d.position());
        cells.add(d.certificateNumber());
        cells.add(d.certificateValidFrom() == null ? null : d.certificateValidFrom().toString());
        cells.add(d.certificateValidUntil().toString());
        cells.add(d.post());
        cells.add(d.regionCode());
        cells.add(String.join(";", d.itemIds()));
        cells.add(String.join(";", d.categories()));
        cells.add(String.join(";", d.tags()));
        cells.add(d.status().name());
        if (personalData) {
            cells.add(d.phone());
            cells.add(d.idNumber());
            cells.add(d.relations().relatives().stream().map(r -> String.join("|", r.name(),
                    Objects.toString(r.relationship(), ""), Objects.toString(r.idNumber(), "")))
                    .collect(Collectors.joining(";")));
            cells.add(String.join(";", d.relations().interestUsccs()));
            cells.add(d.relations().formerEmployers().stream().map(e -> Objects.toString(e.uscc(), "") + "|"
                    + e.name()).collect(Collectors.joining(";")));
        }
        return cells;
    }

    /**
     * The row's details with the stored personal data kept for every {@link #PERSONAL} column the file does not
     * have (a file exported without personal data imports again without erasing it).
     */
    static InspectorDetails withStoredPersonalData(InspectorDetails row, InspectorDetails stored,
                                                   Set<String> fileColumns) {
        if (fileColumns.containsAll(PERSONAL)) {
            return row;
        }
        DeclaredRelations r = row.relations();
        DeclaredRelations s = stored.relations();
        DeclaredRelations relations = new DeclaredRelations(
                fileColumns.contains("relatives") ? r.relatives() : s.relatives(),
                fileColumns.contains("interestUsccs") ? r.interestUsccs() : s.interestUsccs(),
                fileColumns.contains("formerEmployers") ? r.formerEmployers() : s.formerEmployers());
        return new InspectorDetails(row.departmentId(), row.name(), row.position(), row.certificateNumber(),
                row.certificateValidFrom(), row.certificateValidUntil(), row.post(), row.regionCode(), row.itemIds(),
                row.categories(), row.tags(), row.status(),
                fileColumns.contains("phone") ? row.phone() : stored.phone(),
                fileColumns.contains("idNumber") ? row.idNumber() : stored.idNumber(), relations);
    }

    static InspectorDetails parse(ImportColumns.Row row, Set<String> knownDepartments) {
        String department = row.text("departmentId");
        if (department != null && !knownDepartments.contains(department)) {
            row.problems.add(new FieldProblem("departmentId", "DEPARTMENT_NOT_FOUND", "部门不存在：" + department));
        }
        InspectorStatus status = row.choice("status", InspectorStatus.parse(row.text("status")), "人员状态");
        List<Relative> relatives = new ArrayList<>();
        for (String cell : row.list("relatives")) {
            String[] p = cell.split("\\|", -1);
            relatives.add(new Relative(p[0].trim(), p.length > 1 ? p[1].trim() : null,
                    p.length > 2 && !p[2].isBlank() ? p[2].trim() : null));
        }
        List<FormerEmployer> employers = new ArrayList<>();
        for (String cell : row.list("formerEmployers")) {
            String[] p = cell.split("\\|", -1);
            employers.add(p.length > 1 ? new FormerEmployer(p[0].isBlank() ? null : p[0].trim(), p[1].trim())
                    : new FormerEmployer(null, p[0].trim()));
        }
        var from = row.date("certificateValidFrom");
        var until = row.date("certificateValidUntil");
        row.checkRegion("regionCode");
        List<FieldProblem> problems = new ArrayList<>(row.problems);
        InspectorDetails details = null;
        try {
            details = new InspectorDetails(department, row.text("name"), row.text("position"),
                    row.text("certificateNumber"), from, until, row.text("post"), row.text("regionCode"),
                    row.list("itemIds"), row.list("categories"), row.list("tags"), status, row.text("phone"),
                    row.text("idNumber"), new DeclaredRelations(relatives, row.list("interestUsccs"), employers));
        } catch (DomainProblem e) {
            e.fieldProblems().stream().filter(p -> problems.stream().noneMatch(q -> q.field().equals(p.field())))
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw DomainProblem.invalid("INSPECTOR_INVALID", "行数据未通过校验", problems);
        }
        return details;
    }
}
