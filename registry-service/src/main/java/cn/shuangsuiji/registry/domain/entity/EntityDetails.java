package cn.shuangsuiji.registry.domain.entity;

import cn.shuangsuiji.registry.domain.validation.Patterns;
import cn.shuangsuiji.registry.domain.validation.FieldCheck;
import java.util.List;
import java.util.Objects;

/**
 * 检查对象登记信息 — the registrable facts of an entity (rules.md §1; S2 13; S3 二(一)). Validated on
 * construction: every rejected field is reported with a stable code ({@code ENTITY_INVALID}).
 *
 * @param name                  名称 (or a natural person's name)
 * @param uscc                  统一社会信用代码 (GB 32100-2015), required unless {@code idNumber} is given
 * @param idNumber              a natural person's ID number (GB 11643), only without USCC
 * @param registrationAuthority 登记机关
 * @param legalRepresentative   法定代表人（负责人）
 * @param address               住所（经营场所）
 * @param regionCode            行政区划代码
 * @param industry              行业 (GB/T 4754 code), may be null
 * @param objectType            检查对象类型
 * @param status                登记状态
 * @param creditClass           信用风险分类
 * @param licences              许可证
 * @param abnormalList          列入经营异常名录
 * @param seriousDishonesty     列入严重违法失信名单
 * @param tags                  分类标注, sorted
 * @param supervisionScopes     ids of the departments whose registry holds the entity, sorted
 * @param phone                 contact phone (masked for others than the owning administrators)
 * @param legalRepresentativeIdNumber 法定代表人身份证号码 (GB 11643), may be null; personal data, masked like
 *                              {@code idNumber}; in a snapshot only as a hashed party key (回避, S0 16)
 * @param holders               股东（出资人）, each with a USCC or an ID number; natural persons are masked
 */
public record EntityDetails(String name, String uscc, String idNumber, String registrationAuthority,
                            String legalRepresentative, String address, String regionCode, String industry,
                            ObjectType objectType, EntityStatus status, CreditClass creditClass,
                            List<Licence> licences, boolean abnormalList, boolean seriousDishonesty,
                            List<String> tags, List<String> supervisionScopes, String phone,
                            String legalRepresentativeIdNumber, List<Holder> holders) {

    /** Details without a legal representative's ID number and without holders. */
    public EntityDetails(String name, String uscc, String idNumber, String registrationAuthority,
                         String legalRepresentative, String address, String regionCode, String industry,
                         ObjectType objectType, EntityStatus status, CreditClass creditClass,
                         List<Licence> licences, boolean abnormalList, boolean seriousDishonesty,
                         List<String> tags, List<String> supervisionScopes, String phone) {
        this(name, uscc, idNumber, registrationAuthority, legalRepresentative, address, regionCode, industry,
                objectType, status, creditClass, licences, abnormalList, seriousDishonesty, tags, supervisionScopes,
                phone, null, List.of());
    }

    public EntityDetails {
        licences = licences == null ? List.of() : List.copyOf(licences);
        tags = tags == null ? List.of() : tags.stream().filter(Objects::nonNull).map(String::trim)
                .filter(t -> !t.isEmpty()).distinct().sorted().toList();
        supervisionScopes = supervisionScopes == null ? List.of() : supervisionScopes.stream()
                .filter(Objects::nonNull).map(String::trim).filter(t -> !t.isEmpty()).distinct().sorted().toList();
        name = trim(name);
        uscc = upper(trim(uscc));
        idNumber = upper(trim(idNumber));
        registrationAuthority = trim(registrationAuthority);
        legalRepresentative = trim(legalRepresentative);
        address = trim(address);
        regionCode = trim(regionCode);
        industry = trim(industry);
        phone = trim(phone);
        legalRepresentativeIdNumber = upper(trim(legalRepresentativeIdNumber));
        holders = holders == null ? List.of() : holders.stream().filter(Objects::nonNull).toList();
        FieldCheck check = new FieldCheck()
                .text("name", name, 200, true, "名称")
                .text("registrationAuthority", registrationAuthority, 100, false, "登记机关")
                .text("legalRepresentative", legalRepresentative, 50, false, "法定代表人")
                .text("address", address, 300, false, "住所")
                .regionCode("regionCode", regionCode)
                .phone("phone", phone);
        if (uscc == null && idNumber == null) {
            check.add("uscc", "REQUIRED", "统一社会信用代码和身份证号码至少填写一项");
        } else if (uscc != null) {
            check.uscc("uscc", uscc);
        } else {
            check.idNumber("idNumber", idNumber);
        }
        if (industry != null && !Patterns.matches(Patterns.INDUSTRY, industry)) {
            check.add("industry", "INDUSTRY_FORMAT", "行业代码应为 GB/T 4754 门类字母加至多 4 位数字，如 H6210");
        }
        if (objectType == null) {
            check.add("objectType", "REQUIRED", "检查对象类型不能为空");
        }
        if (status == null) {
            check.add("status", "REQUIRED", "登记状态不能为空");
        }
        if (creditClass == null) {
            check.add("creditClass", "REQUIRED", "信用风险分类不能为空");
        }
        for (int i = 0; i < licences.size(); i++) {
            Licence l = licences.get(i);
            check.text("licences[" + i + "].number", l.number(), 64, true, "许可证编号");
            if (l.validFrom() != null && l.validUntil() != null && l.validUntil().isBefore(l.validFrom())) {
                check.add("licences[" + i + "].validUntil", "DATE_RANGE", "许可证有效期截止日期早于起始日期");
            }
        }
        if (legalRepresentativeIdNumber != null) {
            check.idNumber("legalRepresentativeIdNumber", legalRepresentativeIdNumber);
        }
        if (holders.size() > MAX_HOLDERS) {
            check.add("holders", "TOO_MANY", "股东（出资人）不超过 " + MAX_HOLDERS + " 个");
        }
        for (int i = 0; i < holders.size(); i++) {
            Holder h = holders.get(i);
            String field = "holders[" + i + "]";
            check.text(field + ".name", h.name(), 200, true, "股东（出资人）名称");
            if ((h.uscc() == null) == (h.idNumber() == null)) {
                check.add(field + ".uscc", "HOLDER_IDENTIFIER",
                        "股东（出资人）应填写统一社会信用代码或身份证号码之一（不能同时填写）");
            } else if (h.uscc() != null) {
                check.uscc(field + ".uscc", h.uscc());
            } else {
                check.idNumber(field + ".idNumber", h.idNumber());
            }
        }
        for (String scope : supervisionScopes) {
            if (!Patterns.matches(Patterns.ID, scope)) {
                check.add("supervisionScopes", "ID_FORMAT", "监管部门标识格式错误：" + scope);
            }
        }
        check.throwIfAny("ENTITY_INVALID", "检查对象信息");
    }

    /** 股东（出资人）数量上限. */
    public static final int MAX_HOLDERS = 200;

    /**
     * The same facts with another registration status (S2 14: 注销/吊销 keep the record).
     */
    public EntityDetails withStatus(EntityStatus newStatus) {
        return new EntityDetails(name, uscc, idNumber, registrationAuthority, legalRepresentative, address,
                regionCode, industry, objectType, newStatus, creditClass, licences, abnormalList, seriousDishonesty,
                tags, supervisionScopes, phone, legalRepresentativeIdNumber, holders);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase();
    }
}
