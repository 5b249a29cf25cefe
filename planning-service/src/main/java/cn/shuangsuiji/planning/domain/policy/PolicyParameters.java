package cn.shuangsuiji.planning.domain.policy;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 抽查政策参数 — the rules that differ between jurisdictions (rules.md §2, §3, §4, §5, §7). Ratios are annual
 * shares of the registry (0.03 = 3 %); deadlines are in working days.
 *
 * @param minAnnualRatio                     minimum annual share inspected [S0 17]
 * @param ratiosByCreditClass                minimum annual share per credit-risk class [S0 28; S3 二(三)]
 * @param maxInspectionsPerEntityPerYear     at most this many inspections of one entity a year [S0 17; S1 10]
 * @param minTeamSize                        inspectors per team at least [S2 19, 22]
 * @param minRegistrySize                    inspectors in a registry at least [S2 15]
 * @param replacementRule                    how a drawn inspector is replaced [S0 16; S1 16; S2 19, 21]
 * @param dispatchConfirmationWorkingDays    dispatched list confirmed within [S0 17; S1 13]
 * @param resultEntryWorkingDays             results entered within [S0 20]
 * @param violationReferralWorkingDays       violations referred within [S1 20(三)]
 * @param resultPublicationWorkingDays       results published within [S1 20(四)]
 * @param planFilingMonth                    plans filed by the end of this month [S1 7]
 * @param planPublicationMonth               plans published by the end of this month [S1 7]
 * @param jointInspectionShare               joint inspections' share of all inspections at least [S3 二(二)]
 * @param jointEntityShare                   share of inspected entities inspected jointly at least [S3 二(二)]
 * @param riskBasedShare                     credit-risk-based draws' share at least [S3 二(三)]
 * @param jointObligation                    joint-inspection duty of a department [S1 9]
 * @param excludeOwnArea                     inspectors drawn from outside the target's area; null = no rule
 * @param repeatPairingYears                 no repeat inspector–entity pairing within this many years; 0 = no rule
 * @param maxAssignmentsPerInspectorPerRound workload cap per inspector per round; null = no cap
 * @param repeatCheckPolicy                  避免重复检查 at draw time [S0 14; S1 24]; null = EXCLUDE
 * @param expertMode                         专家产生方式 [S0 9]: DRAWN from the department's expert library with the
 *                                           draw's seed, or ASSIGNED by the department head with a reason; null =
 *                                           inherited (the national default draws)
 * @param maxAssignmentsPerExpert            workload cap per drawn expert per round; null = inherited / no cap
 */
public record PolicyParameters(BigDecimal minAnnualRatio, Map<CreditClass, BigDecimal> ratiosByCreditClass,
                               int maxInspectionsPerEntityPerYear, int minTeamSize, int minRegistrySize,
                               ReplacementRule replacementRule, int dispatchConfirmationWorkingDays,
                               int resultEntryWorkingDays, int violationReferralWorkingDays,
                               int resultPublicationWorkingDays, int planFilingMonth, int planPublicationMonth,
                               BigDecimal jointInspectionShare, BigDecimal jointEntityShare,
                               BigDecimal riskBasedShare, JointObligation jointObligation, Boolean excludeOwnArea,
                               int repeatPairingYears, Integer maxAssignmentsPerInspectorPerRound,
                               RepeatCheckPolicy repeatCheckPolicy, String expertMode,
                               Integer maxAssignmentsPerExpert) {

    private static final String INVALID = "POLICY_INVALID";
    /** Experts drawn at random from the department's expert library (专家库) with the draw's seed. */
    public static final String EXPERTS_DRAWN = "DRAWN";
    /** Experts assigned by the department head with a reason (S0 9). */
    public static final String EXPERTS_ASSIGNED = "ASSIGNED";

    /** Parameters with the repeat-check policy but without expert rules: experts drawn (inherited), no cap. */
    public PolicyParameters(BigDecimal minAnnualRatio, Map<CreditClass, BigDecimal> ratiosByCreditClass,
                            int maxInspectionsPerEntityPerYear, int minTeamSize, int minRegistrySize,
                            ReplacementRule replacementRule, int dispatchConfirmationWorkingDays,
                            int resultEntryWorkingDays, int violationReferralWorkingDays,
                            int resultPublicationWorkingDays, int planFilingMonth, int planPublicationMonth,
                            BigDecimal jointInspectionShare, BigDecimal jointEntityShare,
                            BigDecimal riskBasedShare, JointObligation jointObligation, Boolean excludeOwnArea,
                            int repeatPairingYears, Integer maxAssignmentsPerInspectorPerRound,
                            RepeatCheckPolicy repeatCheckPolicy) {
        this(minAnnualRatio, ratiosByCreditClass, maxInspectionsPerEntityPerYear, minTeamSize, minRegistrySize,
                replacementRule, dispatchConfirmationWorkingDays, resultEntryWorkingDays,
                violationReferralWorkingDays, resultPublicationWorkingDays, planFilingMonth, planPublicationMonth,
                jointInspectionShare, jointEntityShare, riskBasedShare, jointObligation, excludeOwnArea,
                repeatPairingYears, maxAssignmentsPerInspectorPerRound, repeatCheckPolicy, null, null);
    }

    /** Parameters with expert rules but the default repeat-check policy (EXCLUDE). */
    public PolicyParameters(BigDecimal minAnnualRatio, Map<CreditClass, BigDecimal> ratiosByCreditClass,
                            int maxInspectionsPerEntityPerYear, int minTeamSize, int minRegistrySize,
                            ReplacementRule replacementRule, int dispatchConfirmationWorkingDays,
                            int resultEntryWorkingDays, int violationReferralWorkingDays,
                            int resultPublicationWorkingDays, int planFilingMonth, int planPublicationMonth,
                            BigDecimal jointInspectionShare, BigDecimal jointEntityShare,
                            BigDecimal riskBasedShare, JointObligation jointObligation, Boolean excludeOwnArea,
                            int repeatPairingYears, Integer maxAssignmentsPerInspectorPerRound,
                            String expertMode, Integer maxAssignmentsPerExpert) {
        this(minAnnualRatio, ratiosByCreditClass, maxInspectionsPerEntityPerYear, minTeamSize, minRegistrySize,
                replacementRule, dispatchConfirmationWorkingDays, resultEntryWorkingDays,
                violationReferralWorkingDays, resultPublicationWorkingDays, planFilingMonth, planPublicationMonth,
                jointInspectionShare, jointEntityShare, riskBasedShare, jointObligation, excludeOwnArea,
                repeatPairingYears, maxAssignmentsPerInspectorPerRound, null, expertMode, maxAssignmentsPerExpert);
    }

    public PolicyParameters {
        Objects.requireNonNull(replacementRule, "replacementRule");
        repeatCheckPolicy = repeatCheckPolicy == null ? RepeatCheckPolicy.EXCLUDE : repeatCheckPolicy;
        Objects.requireNonNull(jointObligation, "jointObligation");
        ratiosByCreditClass = ratiosByCreditClass == null || ratiosByCreditClass.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(ratiosByCreditClass));
        List<FieldProblem> problems = new ArrayList<>();
        share(problems, "minAnnualRatio", minAnnualRatio);
        ratiosByCreditClass.forEach((k, v) -> share(problems, "ratiosByCreditClass." + k, v));
        share(problems, "jointInspectionShare", jointInspectionShare);
        share(problems, "jointEntityShare", jointEntityShare);
        share(problems, "riskBasedShare", riskBasedShare);
        atLeast(problems, "maxInspectionsPerEntityPerYear", maxInspectionsPerEntityPerYear, 1);
        atLeast(problems, "minTeamSize", minTeamSize, 2);
        atLeast(problems, "minRegistrySize", minRegistrySize, 1);
        atLeast(problems, "dispatchConfirmationWorkingDays", dispatchConfirmationWorkingDays, 1);
        atLeast(problems, "resultEntryWorkingDays", resultEntryWorkingDays, 1);
        atLeast(problems, "violationReferralWorkingDays", violationReferralWorkingDays, 1);
        atLeast(problems, "resultPublicationWorkingDays", resultPublicationWorkingDays, 1);
        atLeast(problems, "repeatPairingYears", repeatPairingYears, 0);
        if (planFilingMonth < 1 || planFilingMonth > 12) {
            problems.add(new FieldProblem("planFilingMonth", INVALID, "计划报备月份应为 1 至 12"));
        }
        if (planPublicationMonth < 1 || planPublicationMonth > 12 || planPublicationMonth < planFilingMonth) {
            problems.add(new FieldProblem("planPublicationMonth", INVALID, "计划公示月份应为 1 至 12，且不早于报备月份"));
        }
        if (maxAssignmentsPerInspectorPerRound != null && maxAssignmentsPerInspectorPerRound < 1) {
            problems.add(new FieldProblem("maxAssignmentsPerInspectorPerRound", INVALID, "每轮每名检查人员任务上限至少为 1"));
        }
        if (expertMode != null && !EXPERTS_DRAWN.equals(expertMode) && !EXPERTS_ASSIGNED.equals(expertMode)) {
            problems.add(new FieldProblem("expertMode", INVALID, "专家产生方式应为 DRAWN（随机抽取）或 ASSIGNED（负责人指派）"));
        }
        if (maxAssignmentsPerExpert != null && maxAssignmentsPerExpert < 1) {
            problems.add(new FieldProblem("maxAssignmentsPerExpert", INVALID, "每轮每名专家任务上限至少为 1"));
        }
        if (!problems.isEmpty()) {
            throw DomainProblem.invalid(INVALID, "抽查政策参数无效", problems);
        }
    }

    /** Parameters with the default repeat-check policy (EXCLUDE) and without expert rules (before issue 15). */
    public PolicyParameters(BigDecimal minAnnualRatio, Map<CreditClass, BigDecimal> ratiosByCreditClass,
                            int maxInspectionsPerEntityPerYear, int minTeamSize, int minRegistrySize,
                            ReplacementRule replacementRule, int dispatchConfirmationWorkingDays,
                            int resultEntryWorkingDays, int violationReferralWorkingDays,
                            int resultPublicationWorkingDays, int planFilingMonth, int planPublicationMonth,
                            BigDecimal jointInspectionShare, BigDecimal jointEntityShare, BigDecimal riskBasedShare,
                            JointObligation jointObligation, Boolean excludeOwnArea, int repeatPairingYears,
                            Integer maxAssignmentsPerInspectorPerRound) {
        this(minAnnualRatio, ratiosByCreditClass, maxInspectionsPerEntityPerYear, minTeamSize, minRegistrySize,
                replacementRule, dispatchConfirmationWorkingDays, resultEntryWorkingDays, violationReferralWorkingDays,
                resultPublicationWorkingDays, planFilingMonth, planPublicationMonth, jointInspectionShare,
                jointEntityShare, riskBasedShare, jointObligation, excludeOwnArea, repeatPairingYears,
                maxAssignmentsPerInspectorPerRound, null, null, null);
    }

    /**
     * The national defaults of rules.md. The minimum ratio is 3 % [S0 17] rather than the 2 % of S2 18 (which
     * applies only "where no higher rule applies"): the stricter figure is the safer default. Class ratios follow
     * the Bayannur 2022 example (A 2 %, B 5 %, C 30 %, D 100 %).
     */
    public static PolicyParameters defaults() {
        Map<CreditClass, BigDecimal> classes = new EnumMap<>(CreditClass.class);
        classes.put(CreditClass.A, new BigDecimal("0.02"));
        classes.put(CreditClass.B, new BigDecimal("0.05"));
        classes.put(CreditClass.C, new BigDecimal("0.30"));
        classes.put(CreditClass.D, new BigDecimal("1.00"));
        return new PolicyParameters(new BigDecimal("0.03"), classes, 2, 2, 4, ReplacementRule.SUBSTITUTION_DRAW,
                1, 5, 7, 20, 1, 2, new BigDecimal("0.25"), new BigDecimal("0.15"), new BigDecimal("0.80"),
                JointObligation.INITIATE_OR_JOIN, null, 1, null, RepeatCheckPolicy.EXCLUDE, null, null);
    }

    /** The minimum annual ratio for a credit class: its own ratio if set, else the overall minimum. */
    public BigDecimal minimumRatioFor(CreditClass creditClass) {
        if (creditClass == null) {
            return minAnnualRatio;
        }
        return ratiosByCreditClass.getOrDefault(creditClass, minAnnualRatio);
    }

    /**
     * Refuses parameters that loosen the jurisdiction's: a department may only tighten (higher ratios and
     * shares, fewer inspections per entity, larger teams and registries, shorter deadlines, earlier dates,
     * a stricter replacement rule and joint duty).
     *
     * @throws DomainProblem {@code POLICY_LOOSENS_JURISDICTION} with one field error per loosened parameter
     */
    public void requireTightens(PolicyParameters jurisdiction) {
        List<FieldProblem> p = loosenings(jurisdiction);
        if (!p.isEmpty()) {
            throw new DomainProblem(cn.shuangsuiji.platform.error.ProblemKind.INVALID, "POLICY_LOOSENS_JURISDICTION",
                    "部门政策不得放宽辖区政策", "有 " + p.size() + " 项参数宽于辖区政策，部门只能从严", p);
        }
    }

    /**
     * The names of the parameters in which these (a department's) are looser than the jurisdiction's, in the
     * sense of {@link #requireTightens}; credit classes as {@code ratiosByCreditClass.C}.
     */
    public List<String> looserThan(PolicyParameters jurisdiction) {
        return loosenings(jurisdiction).stream().map(FieldProblem::field).toList();
    }

    /**
     * 从严合并 — these (a department's) parameters, each one loosened relative to the jurisdiction's replaced by the
     * jurisdiction's value: a department may tighten, never loosen, its jurisdiction's policy (rules.md preamble),
     * even when the jurisdiction tightened after the department's policy was made. Uses the same notion of
     * "stricter" as {@link #requireTightens}; returns these parameters unchanged when they tighten everywhere.
     */
    public PolicyParameters stricterOf(PolicyParameters jurisdiction) {
        List<String> loose = looserThan(jurisdiction);
        if (loose.isEmpty()) {
            return this;
        }
        Map<CreditClass, BigDecimal> classes = new EnumMap<>(CreditClass.class);
        classes.putAll(ratiosByCreditClass);
        for (CreditClass c : CreditClass.values()) {
            if (loose.contains("ratiosByCreditClass." + c)) {
                classes.put(c, jurisdiction.minimumRatioFor(c));
            }
        }
        int filing = pick(loose, "planFilingMonth", planFilingMonth, jurisdiction.planFilingMonth);
        int publication = pick(loose, "planPublicationMonth", planPublicationMonth, jurisdiction.planPublicationMonth);
        return new PolicyParameters(
                pick(loose, "minAnnualRatio", minAnnualRatio, jurisdiction.minAnnualRatio), classes,
                pick(loose, "maxInspectionsPerEntityPerYear", maxInspectionsPerEntityPerYear,
                        jurisdiction.maxInspectionsPerEntityPerYear),
                pick(loose, "minTeamSize", minTeamSize, jurisdiction.minTeamSize),
                pick(loose, "minRegistrySize", minRegistrySize, jurisdiction.minRegistrySize),
                pick(loose, "replacementRule", replacementRule, jurisdiction.replacementRule),
                pick(loose, "dispatchConfirmationWorkingDays", dispatchConfirmationWorkingDays,
                        jurisdiction.dispatchConfirmationWorkingDays),
                pick(loose, "resultEntryWorkingDays", resultEntryWorkingDays, jurisdiction.resultEntryWorkingDays),
                pick(loose, "violationReferralWorkingDays", violationReferralWorkingDays,
                        jurisdiction.violationReferralWorkingDays),
                pick(loose, "resultPublicationWorkingDays", resultPublicationWorkingDays,
                        jurisdiction.resultPublicationWorkingDays),
                filing, Math.max(filing, publication),
                pick(loose, "jointInspectionShare", jointInspectionShare, jurisdiction.jointInspectionShare),
                pick(loose, "jointEntityShare", jointEntityShare, jurisdiction.jointEntityShare),
                pick(loose, "riskBasedShare", riskBasedShare, jurisdiction.riskBasedShare),
                pick(loose, "jointObligation", jointObligation, jurisdiction.jointObligation),
                pick(loose, "excludeOwnArea", excludeOwnArea, jurisdiction.excludeOwnArea),
                pick(loose, "repeatPairingYears", repeatPairingYears, jurisdiction.repeatPairingYears),
                pick(loose, "maxAssignmentsPerInspectorPerRound", maxAssignmentsPerInspectorPerRound,
                        jurisdiction.maxAssignmentsPerInspectorPerRound),
                pick(loose, "repeatCheckPolicy", repeatCheckPolicy, jurisdiction.repeatCheckPolicy),
                expertMode != null ? expertMode : jurisdiction.expertMode,
                maxAssignmentsPerExpert != null ? maxAssignmentsPerExpert : jurisdiction.maxAssignmentsPerExpert);
    }

    private static <T> T pick(List<String> loose, String field, T own, T jurisdiction) {
        return loose.contains(field) ? jurisdiction : own;
    }

    private static int pick(List<String> loose, String field, int own, int jurisdiction) {
        return loose.contains(field) ? jurisdiction : own;
    }

    private List<FieldProblem> loosenings(PolicyParameters jurisdiction) {
        List<FieldProblem> p = new ArrayList<>();
        notLower(p, "minAnnualRatio", minAnnualRatio, jurisdiction.minAnnualRatio);
        for (CreditClass c : CreditClass.values()) {
            if (jurisdiction.ratiosByCreditClass.containsKey(c) || ratiosByCreditClass.containsKey(c)) {
                notLower(p, "ratiosByCreditClass." + c, minimumRatioFor(c), jurisdiction.minimumRatioFor(c));
            }
        }
        notHigher(p, "maxInspectionsPerEntityPerYear", maxInspectionsPerEntityPerYear,
                jurisdiction.maxInspectionsPerEntityPerYear);
        notLower(p, "minTeamSize", minTeamSize, jurisdiction.minTeamSize);
        notLower(p, "minRegistrySize", minRegistrySize, jurisdiction.minRegistrySize);
        if (replacementRule.ordinal() < jurisdiction.replacementRule.ordinal()) {
            p.add(loosens("replacementRule", "辖区要求抽取递补，部门不得改为审批更换"));
        }
        notHigher(p, "dispatchConfirmationWorkingDays", dispatchConfirmationWorkingDays,
                jurisdiction.dispatchConfirmationWorkingDays);
        notHigher(p, "resultEntryWorkingDays", resultEntryWorkingDays, jurisdiction.resultEntryWorkingDays);
        notHigher(p, "violationReferralWorkingDays", violationReferralWorkingDays,
                jurisdiction.violationReferralWorkingDays);
        notHigher(p, "resultPublicationWorkingDays", resultPublicationWorkingDays,
                jurisdiction.resultPublicationWorkingDays);
        notHigher(p, "planFilingMonth", planFilingMonth, jurisdiction.planFilingMonth);
        notHigher(p, "planPublicationMonth", planPublicationMonth, jurisdiction.planPublicationMonth);
        notLower(p, "jointInspectionShare", jointInspectionShare, jurisdiction.jointInspectionShare);
        notLower(p, "jointEntityShare", jointEntityShare, jurisdiction.jointEntityShare);
        notLower(p, "riskBasedShare", riskBasedShare, jurisdiction.riskBasedShare);
        if (!jointObligation.atLeast(jurisdiction.jointObligation)) {
            p.add(loosens("jointObligation", "联合抽查义务不得低于辖区要求（" + jurisdiction.jointObligation + "）"));
        }
        if (Boolean.TRUE.equals(jurisdiction.excludeOwnArea) && !Boolean.TRUE.equals(excludeOwnArea)) {
            p.add(loosens("excludeOwnArea", "辖区要求回避本区域检查人员，部门不得取消"));
        }
        notLower(p, "repeatPairingYears", repeatPairingYears, jurisdiction.repeatPairingYears);
        if (jurisdiction.maxAssignmentsPerInspectorPerRound != null && (maxAssignmentsPerInspectorPerRound == null
                || maxAssignmentsPerInspectorPerRound > jurisdiction.maxAssignmentsPerInspectorPerRound)) {
            p.add(loosens("maxAssignmentsPerInspectorPerRound",
                    "每轮每名检查人员任务上限不得高于辖区的 " + jurisdiction.maxAssignmentsPerInspectorPerRound));
        }
        if (jurisdiction.repeatCheckPolicy == RepeatCheckPolicy.EXCLUDE
                && repeatCheckPolicy != RepeatCheckPolicy.EXCLUDE) {
            p.add(loosens("repeatCheckPolicy", "辖区要求排除已由其他部门检查的对象（避免重复检查），部门不得改为仅标记"));
        }
        return p;
    }

    private static void notLower(List<FieldProblem> p, String field, BigDecimal own, BigDecimal jurisdiction) {
        if (own.compareTo(jurisdiction) < 0) {
            p.add(loosens(field, "不得低于辖区的 " + jurisdiction.stripTrailingZeros().toPlainString()));
        }
    }

    private static void notLower(List<FieldProblem> p, String field, int own, int jurisdiction) {
        if (own < jurisdiction) {
            p.add(loosens(field, "不得低于辖区的 " + jurisdiction));
        }
    }

    private static void notHigher(List<FieldProblem> p, String field, int own, int jurisdiction) {
        if (own > jurisdiction) {
            p.add(loosens(field, "不得高于辖区的 " + jurisdiction));
        }
    }

    private static FieldProblem loosens(String field, String message) {
        return new FieldProblem(field, "POLICY_LOOSENS_JURISDICTION", message);
    }

    private static void share(List<FieldProblem> p, String field, BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            p.add(new FieldProblem(field, INVALID, "比例应大于 0 且不超过 1"));
        }
    }

    private static void atLeast(List<FieldProblem> p, String field, int value, int min) {
        if (value < min) {
            p.add(new FieldProblem(field, INVALID, "不得小于 " + min));
        }
    }
}
