package cn.shuangsuiji.registry.domain.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.registry.domain.entity.CreditClass;
import cn.shuangsuiji.registry.domain.validation.FieldCheck;

/**
 * 信用风险规则 — a jurisdiction's versioned rule that maps the risk facts of inspection results and follow-up to the
 * credit class draws stratify on (S0 28; S2 9; S3 二(三)): e.g. "列入经营异常名录 → D until removed". The class imported
 * from the registration system stays the base; {@link #combine()} says how the rule's class combines with it. A
 * rule applies to the entities whose region code lies in its jurisdiction (the longest matching jurisdiction
 * wins); {@link #platformDefault()} applies where no jurisdiction has its own.
 *
 * @param jurisdiction  six-digit region code (130634 a county, 130600 a city, 130000 a province, 000000 the nation)
 * @param version       1, 2, … per jurisdiction (0 for the platform default)
 * @param classFor      the class each fact kind calls for (a removal from the abnormal list maps to none)
 * @param combine       how the rule's class combines with the imported one
 * @param lookbackYears how many years a result or a referral counts (a listing counts until it is removed)
 * @param reason        why this version was made
 * @param createdBy     who made it
 * @param createdAt     when
 */
public record RiskRule(String jurisdiction, int version, Map<RiskFactKind, CreditClass> classFor, CombineMode combine,
                       int lookbackYears, String reason, String createdBy, Instant createdAt) {

    /** The nation's jurisdiction code: the platform default applies there. */
    public static final String NATION = "000000";

    public RiskRule {
        classFor = classFor == null ? Map.of() : Map.copyOf(classFor);
        FieldCheck check = new FieldCheck().text("reason", reason, 500, true, "原因");
        if (jurisdiction == null || !jurisdiction.matches("\\d{6}")) {
            check.add("jurisdiction", "REGION_CODE_FORMAT", "管辖区域应为 6 位行政区划代码");
        }
        if (combine == null) {
            check.add("combine", "REQUIRED", "合并方式不能为空（HIGHER_RISK 或 RULE_REPLACES）");
        }
        if (lookbackYears < 1 || lookbackYears > 10) {
            check.add("lookbackYears", "RANGE", "计入年限应为 1 至 10 年");
        }
        if (classFor.containsKey(RiskFactKind.ABNORMAL_REMOVED)) {
            check.add("classFor.ABNORMAL_REMOVED", "NOT_MAPPABLE", "移出经营异常名录只结束此前的列入，不对应信用风险分类");
        }
        if (classFor.isEmpty()) {
            check.add("classFor", "REQUIRED", "至少为一种风险事实指定信用风险分类");
        }
        check.throwIfAny("RISK_RULE_INVALID", "信用风险规则");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The rule that applies where no jurisdiction has its own (version 0). */
    public static RiskRule platformDefault() {
        Map<RiskFactKind, CreditClass> map = new EnumMap<>(RiskFactKind.class);
        map.put(RiskFactKind.ABNORMAL_LISTED, CreditClass.D);
        map.put(RiskFactKind.FALSE_DISCLOSURE, CreditClass.D);
        map.put(RiskFactKind.CASE_FILED, CreditClass.D);
        map.put(RiskFactKind.UNQUALIFIED_RESULT, CreditClass.C);
        map.put(RiskFactKind.SERIOUS_NON_COOPERATION, CreditClass.C);
        map.put(RiskFactKind.VIOLATION_REFERRED, CreditClass.C);
        return new RiskRule(NATION, 0, map, CombineMode.HIGHER_RISK, 3, "平台默认规则", "system:platform",
                Instant.EPOCH);
    }

    /**
     * Refuses a rule that could lower an entity's class below the imported one where the jurisdiction forbids it
     * ({@code RISK_RULE_LOWERS_CLASS}).
     */
    public RiskRule requireNoLowering(boolean loweringForbidden) {
        if (loweringForbidden && combine == CombineMode.RULE_REPLACES) {
            throw new DomainProblem(ProblemKind.INVALID, "RISK_RULE_LOWERS_CLASS", "规则会降低信用风险分类",
                    "本管辖区域不允许风险规则把信用风险分类调低到登记系统导入的分类之下；请使用 HIGHER_RISK（从高）合并方式",
                    List.of(new cn.shuangsuiji.platform.error.FieldProblem("combine", "LOWERING_FORBIDDEN",
                            "本管辖区域只允许 HIGHER_RISK（从高）")));
        }
        return this;
    }

    /** The jurisdiction's code without its trailing zero pairs ("130600" → "1306"; "000000" → ""). */
    public String prefix() {
        return prefixOf(jurisdiction);
    }

    /** Whether an entity in this region falls under the rule. */
    public boolean covers(String regionCode) {
        return regionCode != null && regionCode.startsWith(prefix());
    }

    /** The region prefix of a six-digit jurisdiction code. */
    public static String prefixOf(String jurisdiction) {
        String p = jurisdiction;
        while (p.length() >= 2 && p.endsWith("00")) {
            p = p.substring(0, p.length() - 2);
        }
        return p;
    }

    /**
     * What the facts mean on a day: whether the entity is on the abnormal list by the latest listing or removal,
     * and the highest-risk class among the facts still counting.
     */
    public CreditStanding standing(List<RiskFact> facts, LocalDate today) {
        LocalDate since = today.minusYears(lookbackYears);
        Boolean abnormal = facts.stream()
                .filter(f -> f.kind() == RiskFactKind.ABNORMAL_LISTED || f.kind() == RiskFactKind.ABNORMAL_REMOVED)
                .max(Comparator.comparing(RiskFact::date).thenComparing(RiskFact::receivedAt))
                .map(f -> f.kind() == RiskFactKind.ABNORMAL_LISTED).orElse(null);
        CreditClass derived = null;
        for (RiskFact f : facts) {
            CreditClass c = classFor.get(f.kind());
            boolean counts = f.kind() == RiskFactKind.ABNORMAL_LISTED ? Boolean.TRUE.equals(abnormal)
                    : !f.date().isBefore(since);
            if (c != null && counts && (derived == null || c.compareTo(derived) > 0)) {
                derived = c;
            }
        }
        return new CreditStanding(derived, abnormal);
    }

    /** The class a draw uses: the imported class combined with the facts' class by {@link #combine()}. */
    public CreditClass effectiveClass(CreditClass imported, CreditStanding standing) {
        CreditClass derived = standing.derivedClass();
        if (derived == null) {
            return imported;
        }
        if (combine == CombineMode.RULE_REPLACES || imported == null) {
            return derived;
        }
        return derived.compareTo(imported) > 0 ? derived : imported;
    }

    /** The abnormal-list flag a draw uses: the latest listing or removal, else the imported flag. */
    public boolean effectiveAbnormal(boolean imported, CreditStanding standing) {
        return standing.abnormalListed() == null ? imported : standing.abnormalListed();
    }
}
