package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.Holder;
import cn.shuangsuiji.registry.domain.entity.Licence;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import cn.shuangsuiji.registry.domain.validation.Patterns;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** 检查对象导入模板 — the entity file columns and the mapping of a row to {@link EntityDetails}. */
final class EntityRows {

    static final ImportColumns COLUMNS;

    static {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("id", "检查对象标识");
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

    /**
     * Columns with personal data (S0 25): exported only to an administrator of the owning department; a file
     * without them leaves the stored values as they are. A natural person's ID number is also the identity of an
     * entity without USCC: such a row is matched by the {@code id} column instead (see {@link #parse}).
     */
    static final List<String> PERSONAL = List.of("idNumber", "phone", "legalRepresentativeIdNumber", "holders");

    private EntityRows() {
    }

    /** The export header: all columns, or without {@link #PERSONAL} ones. */
    static List<String> exportHeader(boolean personalData) {
        return COLUMNS.exportHeader(personalData ? COLUMNS.keys()
                : COLUMNS.keys().stream().filter(k -> !PERSONAL.contains(k)).toList());
    }

    /** The details of a row, or a problem listing every bad field (a row without USCC or ID number fails). */
    static EntityDetails parse(ImportColumns.Row row, Set<String> knownDepartments, Pseudonyms pseudonyms) {
        return parse(row, knownDepartments, id -> null, pseudonyms);
    }

    /**
     * The details of a row, or a problem listing every bad field. A row with neither USCC nor ID number but with
     * the {@code id} of a stored natural person ({@code ent-p…}, as exported without personal data) takes the
     * stored ID number from {@code storedIdNumber} (null when there is no such entity: {@code ENTITY_NOT_FOUND}).
     * An {@code id} that does not belong to the row's USCC or ID number is refused ({@code ENTITY_ID_MISMATCH}).
     */
    static EntityDetails parse(ImportColumns.Row row, Set<String> knownDepartments,
                               Function<EntityId, String> storedIdNumber, Pseudonyms pseudonyms) {
        String idCell = row.text("id");
        EntityId id = null;
        if (idCell != null) {
            if (Patterns.matches(Patterns.ID, idCell)) {
                id = new EntityId(idCell);
            } else {
                row.problems.add(new FieldProblem("id", "ID_FORMAT", "检查对象标识格式错误：" + idCell));
            }
        }
        String idNumber = row.text("idNumber");
        if (id != null && idNumber == null && row.text("uscc") == null) {
            idNumber = storedIdNumber.apply(id);
            if (idNumber == null) {
                row.problems.add(new FieldProblem("id", "ENTITY_NOT_FOUND",
                        "未填写统一社会信用代码和身份证号码，且检查对象标识不是已登记的自然人：" + idCell));
            }
        }
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
            details = new EntityDetails(row.text("name"), row.text("uscc"), idNumber,
                    row.text("registrationAuthority"), row.text("legalRepresentative"), row.text("address"),
                    row.text("regionCode"), row.text("industry"), objectType, status, creditClass, licences, abnormal,
                    dishonest, row.list("tags"), scopes, row.text("phone"), row.text("legalRepresentativeIdNumber"),
                    holders);
        } catch (DomainProblem e) {
            Set<String> reported = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
            e.fieldProblems().stream().filter(p -> !(reported.contains(p.field()) && "REQUIRED".equals(p.code())))
                    .forEach(problems::add);
        }
        if (details != null && id != null && !EntityId.of(details.uscc(), details.idNumber(), pseudonyms).equals(id)) {
            problems.add(new FieldProblem("id", "ENTITY_ID_MISMATCH",
                    "检查对象标识与统一社会信用代码（或身份证号码）不符：" + idCell));
        }
        if (!problems.isEmpty()) {
            throw DomainProblem.invalid("ENTITY_INVALID", "行数据未通过校验", problems);
        }
        return details;
    }

    /**
     * A row of an export in {@link #exportHeader} order; without personal data the {@link #PERSONAL} columns
     * are left out (not masked: a masked value would not import again) and the {@code id} column identifies a
     * natural person.
     */
    static List<String> cells(RegulatedEntity entity, boolean personalData) {
        EntityDetails d = entity.details();
        List<String> cells = new ArrayList<>();
        cells.add(entity.id().value());
        cells.add(d.name());
        cells.add(d.uscc());
        if (personalData) {
            cells.add(d.idNumber());
        }
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
        if (personalData) {
            cells.add(d.phone());
            cells.add(d.legalRepresentativeIdNumber());
            cells.add(d.holders().stream().map(h -> String.join("|", h.name(), Objects.toString(h.uscc(), ""),
                    Objects.toString(h.idNumber(), ""))).collect(Collectors.joining(";")));
        }
        return cells;
    }

    /**
     * The row's details with the stored ID number, phone, legal representative's ID number and holders kept for
     * each such column the file does not have: a file exported without personal data, or made before those
     * columns existed, imports again without erasing them (an entity without USCC already got its ID number from
     * the {@code id} column, see {@link #parse}).
     */
    static EntityDetails withStoredPersonalData(EntityDetails row, EntityDetails stored, Set<String> fileColumns) {
        boolean keepIdNumber = !fileColumns.contains("idNumber");
        boolean keepPhone = !fileColumns.contains("phone");
        boolean keepId = !fileColumns.contains("legalRepresentativeIdNumber");
        boolean keepHolders = !fileColumns.contains("holders");
        if (!keepIdNumber && !keepPhone && !keepId && !keepHolders) {
            return row;
        }
        return new EntityDetails(row.name(), row.uscc(), keepIdNumber ? stored.idNumber() : row.idNumber(), row.registrationAuthority(),
                row.legalRepresentative(), row.address(), row.regionCode(), row.industry(), row.objectType(),
                row.status(), row.creditClass(), row.licences(), row.abnormalList(), row.seriousDishonesty(),
                row.tags(), row.supervisionScopes(), keepPhone ? stored.phone() : row.phone(),
                keepId ? stored.legalRepresentativeIdNumber() : row.legalRepresentativeIdNumber(),
                keepHolders ? stored.holders() : row.holders());
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }
}
