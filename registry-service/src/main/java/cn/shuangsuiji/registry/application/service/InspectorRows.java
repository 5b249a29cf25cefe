package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.inspector.DeclaredRelations;
import cn.shuangsuiji.registry.domain.inspector.FormerEmployer;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.inspector.InspectorStatus;
import cn.shuangsuiji.registry.domain.inspector.Relative;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    private InspectorRows() {
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
