package cn.shuangsuiji.registry.domain.inspector;

import cn.shuangsuiji.registry.domain.validation.FieldCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 执法检查人员登记信息 — the registrable facts of an inspector (rules.md §1; S0 12; S2 15). Validated on
 * construction ({@code INSPECTOR_INVALID} with field problems).
 *
 * @param departmentId          the department whose registry lists the inspector
 * @param name                  姓名
 * @param position              职务
 * @param certificateNumber     执法证号（警号）, unique
 * @param certificateValidFrom  first valid day of the certificate, may be null
 * @param certificateValidUntil last valid day of the certificate
 * @param post                  岗位
 * @param regionCode            region (or station's region) code
 * @param itemIds               执法范围: inspection item ids
 * @param categories            执法范围: categories, e.g. 食品, 特种设备
 * @param tags                  分类标注
 * @param status                人员状态
 * @param phone                 phone (never public)
 * @param idNumber              ID number (never public), may be null
 * @param relations             利害关系申报
 */
public record InspectorDetails(String departmentId, String name, String position, String certificateNumber,
                               LocalDate certificateValidFrom, LocalDate certificateValidUntil, String post,
                               String regionCode, List<String> itemIds, List<String> categories, List<String> tags,
                               InspectorStatus status, String phone, String idNumber, DeclaredRelations relations) {

    public InspectorDetails {
        itemIds = clean(itemIds);
        categories = clean(categories);
        tags = clean(tags);
        relations = relations == null ? DeclaredRelations.NONE : relations;
        name = trim(name);
        position = trim(position);
        certificateNumber = trim(certificateNumber);
        post = trim(post);
        regionCode = trim(regionCode);
        phone = trim(phone);
        idNumber = idNumber == null || idNumber.isBlank() ? null : idNumber.trim().toUpperCase();
        FieldCheck check = new FieldCheck()
                .id("departmentId", departmentId, "部门标识")
                .text("name", name, 50, true, "姓名")
                .text("position", position, 50, false, "职务")
                .text("certificateNumber", certificateNumber, 64, true, "执法证号")
                .text("post", post, 50, false, "岗位")
                .regionCode("regionCode", regionCode)
                .phone("phone", phone);
        if (idNumber != null) {
            check.idNumber("idNumber", idNumber);
        }
        if (certificateValidUntil == null) {
            check.add("certificateValidUntil", "REQUIRED", "执法证有效期截止日期不能为空");
        } else if (certificateValidFrom != null && certificateValidUntil.isBefore(certificateValidFrom)) {
            check.add("certificateValidUntil", "DATE_RANGE", "执法证有效期截止日期早于起始日期");
        }
        if (status == null) {
            check.add("status", "REQUIRED", "人员状态不能为空");
        }
        for (int i = 0; i < relations.relatives().size(); i++) {
            Relative r = relations.relatives().get(i);
            check.text("relations.relatives[" + i + "].name", r.name(), 50, true, "亲属姓名");
            if (r.idNumber() != null) {
                check.idNumber("relations.relatives[" + i + "].idNumber", r.idNumber());
            }
        }
        for (int i = 0; i < relations.interestUsccs().size(); i++) {
            check.uscc("relations.interestUsccs[" + i + "]", relations.interestUsccs().get(i));
        }
        for (int i = 0; i < relations.formerEmployers().size(); i++) {
            FormerEmployer e = relations.formerEmployers().get(i);
            check.text("relations.formerEmployers[" + i + "].name", e.name(), 200, true, "曾任职单位名称");
            if (e.uscc() != null) {
                check.uscc("relations.formerEmployers[" + i + "].uscc", e.uscc());
            }
        }
        check.throwIfAny("INSPECTOR_INVALID", "执法检查人员信息");
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::trim)
                .filter(v -> !v.isEmpty()).distinct().sorted().toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
