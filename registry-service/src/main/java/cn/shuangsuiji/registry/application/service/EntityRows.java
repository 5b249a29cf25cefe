package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.Holder;
import cn.shuangsuiji.registry.domain.entity.Licence;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.privacy.Masking;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** 检查对象导入模板 — the entity file columns and the mapping of a row to {@link EntityDetails}. */
final class EntityRows {

    static final ImportColumns COLUMNS;

    static {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("name", "名称");
        c.put("uscc", "统一社会信用代码");
        c.put("idNumber", "身份证号码");
        c.put("registrationAuthority", "登记机关");
        c.put("legalRepresentative", "法定代表人");
        c.put("address", "住所");
        c.put("regionCode", "行政区划代码");
        c.put("industry", "行业代码");
        c.put("objectType", "对象类型");
        c.put("status", "登记状态");
        c.put("creditClass", "信用风险分类");
        c.put("licences", "许可证");
        c.put("abnormalList", "经营异常名录");
        c.put("seriousDishonesty", "严重违法失信名单");
        c.put("tags", "分类标注");
        c.put("supervisionScopes", "监管部门");
        c.put("phone", "联系电话");
        c.put("legalRepresentativeIdNumber", "法定代表人身份证号码");
        c.put("holders", "股东");
        COLUMNS = new ImportColumns(c, Set.of("name", "regionCode", "objectType", "status", "creditClass"));
    }

    private EntityRows() {
    }

    /** The details of a row, or a problem listing every bad field. */
    static EntityDetails parse(ImportColumns.Row row, Set<String> knownDepartments) {
        List<Licence> licences = new ArrayList<>();
        List<String> licenceCells = row.list("licences");
        for (int i = 0; i < licenceCells.size(); i++) {
            String[] parts = licenceCells.get(i).split("\\|", -1);
            String field = "licences[" + i + "]";
            licences.add(new Licence(parts[0].trim(), parts.length > 1 ? parts[1].trim() : null,
                    parts.length > 2 ? row.date(field + ".validFrom", parts[2]) : null,
                    parts.length > 3 ? row.date(field + ".validUntil", parts[3]) : null));
        }
        ObjectType objectType = row.choice("objectType", ObjectType.parse(row.text("objectType")), "对象类型");
        EntityStatus status = row.choice("status", EntityStatus.parse(row.text("status")), "登记状态");
        CreditClass creditClass = row.choice("creditClass", CreditClass.parse(row.text("creditClass")), "信用风险分类");
        boolean abnormal = row.flag("abnormalList");
        boolean dishonest = row.flag("seriousDishonesty");
        List<String> scopes = row.list("supervisionScopes");
        for (String scope : scopes) {
            if (!knownDepartments.contains(scope)) {
                row.problems.add(new FieldProblem("supervisionScopes", "DEPARTMENT_NOT_FOUND", "部门不存在：" + scope));
            }
        }
        row.checkRegion("regionCode");
        List<Holder> holders = new ArrayList<>();
        for (String cell : row.list("holders")) {
            String[] parts = cell.split("\\|", -1);
            holders.add(new Holder(parts[0], parts.length > 1 ? parts[1] : null, parts.length > 2 ? parts[2] : null));
        }
        List<FieldProblem> problems = new ArrayList<>(row.problems);
        EntityDetails details = null;
        try {
            details = new EntityDetails(row.text("name"), row.text("uscc"), row.text("idNumber"),
                    row.text("registrationAuthority"), row.text("legalRepresentative"), row.text("address"),
                    row.text("regionCode"), row.text("industry"), objectType, status, creditClass, licences, abnormal,
                    dishonest, row.list("tags"), scopes, row.text("phone"), row.text("legalRepresentativeIdNumber"),
                    holders);
        } catch (DomainProblem e) {
            Set<String> reported = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
            e.fieldProblems().stream().filter(p -> !(reported.contains(p.field()) && "REQUIRED".equals(p.code())))
                    .forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw DomainProblem.invalid("ENTITY_INVALID", "行数据未通过校验", problems);
        }
        return details;
    }

    /** A row of an export, in {@link #COLUMNS} order. */
    static List<String> cells(RegulatedEntity entity, boolean personalData) {
        EntityDetails d = entity.details();
        List<String> cells = new ArrayList<>();
        cells.add(d.name());
        cells.add(d.uscc());
        cells.add(personalData ? d.idNumber() : Masking.idNumber(d.idNumber()));
        cells.add(d.registrationAuthority());
        cells.add(d.legalRepresentative());
        cells.add(d.address());
        cells.add(d.regionCode());
        cells.add(d.industry());
        cells.add(d.objectType().name());
        cells.add(d.status().name());
        cells.add(d.creditClass().name());
        cells.add(d.licences().stream().map(l -> String.join("|", Objects.toString(l.number(), ""),
                Objects.toString(l.name(), ""), date(l.validFrom()), date(l.validUntil())))
                .collect(Collectors.joining(";")));
        cells.add(d.abnormalList() ? "是" : "否");
        cells.add(d.seriousDishonesty() ? "是" : "否");
        cells.add(String.join(";", d.tags()));
        cells.add(String.join(";", d.supervisionScopes()));
        cells.add(personalData ? d.phone() : Masking.phone(d.phone()));
        cells.add(personalData ? d.legalRepresentativeIdNumber() : Masking.idNumber(d.legalRepresentativeIdNumber()));
        cells.add(d.holders().stream().map(h -> personalData || !h.naturalPerson()
                ? String.join("|", h.name(), Objects.toString(h.uscc(), ""), Objects.toString(h.idNumber(), ""))
                : String.join("|", Masking.name(h.name()), "", Masking.idNumber(h.idNumber())))
                .collect(Collectors.joining(";")));
        return cells;
    }

    /**
     * The row's details with the stored legal representative's ID number and holders kept when the file has no
     * such column, so files made before those columns existed import unchanged.
     */
    static EntityDetails withStoredPartyData(EntityDetails row, EntityDetails stored, Set<String> fileColumns) {
        boolean keepId = !fileColumns.contains("legalRepresentativeIdNumber");
        boolean keepHolders = !fileColumns.contains("holders");
        if (!keepId && !keepHolders) {
            return row;
        }
        return new EntityDetails(row.name(), row.uscc(), row.idNumber(), row.registrationAuthority(),
                row.legalRepresentative(), row.address(), row.regionCode(), row.industry(), row.objectType(),
                row.status(), row.creditClass(), row.licences(), row.abnormalList(), row.seriousDishonesty(),
                row.tags(), row.supervisionScopes(), row.phone(),
                keepId ? stored.legalRepresentativeIdNumber() : row.legalRepresentativeIdNumber(),
                keepHolders ? stored.holders() : row.holders());
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
