package cn.shuangsuiji.disclosure.domain;

import cn.shuangsuiji.calendar.CalendarYearNotCovered;
import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.disclosure.PublicDraw;
import cn.shuangsuiji.contracts.disclosure.PublicItem;
import cn.shuangsuiji.contracts.disclosure.PublicPlan;
import cn.shuangsuiji.contracts.disclosure.PublicResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * 月报与考核指标计算 — computes the monthly report's items 4–5 and the KPIs from the public records built from
 * events: the same events give the same figures. A random inspection is a completed draw (abandoned and failed draws
 * do not count); it is joint when its plan is JOINT or TEMPORARY_JOINT; credit-risk-based when it was stratified by
 * credit-risk class (a stratum A..E). A result is entered on time within {@code entryDays} working days after its
 * check date and published on time within {@code publicationDays}; the disclosure service publishes a result when
 * it is first recorded. Repeat checks (避免重复检查) avoided are the REPEAT_CHECK exclusions of a completed draw's
 * commitment; flagged are its drawn targets flagged as repeat checks at execution.
 */
public final class ReportCalculator {

    public static final BigDecimal JOINT_INSPECTION_TARGET = new BigDecimal("0.25");
    public static final BigDecimal JOINT_ENTITY_TARGET = new BigDecimal("0.15");
    public static final BigDecimal CREDIT_RISK_TARGET = new BigDecimal("0.80");
    private static final Set<String> CREDIT_CLASSES = Set.of("A", "B", "C", "D", "E");

    private final List<PublicDraw> draws;
    private final Map<String, PublicPlan> plans;
    private final List<PublicResult> results;
    private final Map<String, PublicItem> items;
    private final List<PublicDepartment> departments;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final int entryDays;
    private final int publicationDays;

    /**
     * @param draws           every draw, with every target (not the public rendering)
     * @param plans           published plans by id
     * @param results         every result
     * @param items           item versions by {@code itemId:version}
     * @param departments     every department
     * @param calendar        the working-day calendar
     * @param zone            the zone of the dates (China)
     * @param entryDays       working days to enter a result (S0 20: 5)
     * @param publicationDays working days to publish a result (S1 20(四): 20)
     */
    public ReportCalculator(List<PublicDraw> draws, Map<String, PublicPlan> plans, List<PublicResult> results,
                            Map<String, PublicItem> items, List<PublicDepartment> departments,
                            WorkingDayCalendar calendar, ZoneId zone, int entryDays, int publicationDays) {
        this.draws = List.copyOf(draws);
        this.plans = Map.copyOf(plans);
        this.results = List.copyOf(results);
        this.items = Map.copyOf(items);
        this.departments = List.copyOf(departments);
        this.calendar = calendar;
        this.zone = zone;
        this.entryDays = entryDays;
        this.publicationDays = publicationDays;
    }

    /** The monthly report of a department. */
    public MonthlyReport report(String departmentId, YearMonth month, ReportEntries entries) {
        Optional<PublicDepartment> department = departments.stream().filter(d -> d.id().equals(departmentId))
                .findFirst();
        String region = department.map(PublicDepartment::regionCode).orElse(null);
        List<MonthlyReport.DrawLine> lines = new ArrayList<>();
        for (PublicDraw d : completedIn(month.atDay(1), month.atEndOfMonth())) {
            if (departmentId.equals(d.initiatingDepartmentId())) {
                lines.add(line(d));
            }
        }
        long published = results.stream().filter(r -> departmentId.equals(r.departmentId()))
                .filter(r -> in(firstRecordedAt(r), month.atDay(1), month.atEndOfMonth())).count();
        List<String> regionDepartments = departments.stream().filter(d -> region != null && region.equals(d.regionCode()))
                .map(PublicDepartment::id).toList();
        List<PublicDraw> systemDraws = completedIn(month.atDay(1), month.atEndOfMonth()).stream()
                .filter(d -> regionDepartments.contains(d.initiatingDepartmentId())).toList();
        long systemResults = results.stream().filter(r -> regionDepartments.contains(r.departmentId()))
                .filter(r -> in(firstRecordedAt(r), month.atDay(1), month.atEndOfMonth())).count();
        MonthlyReport.SystemLine system = new MonthlyReport.SystemLine(
                systemDraws.stream().map(PublicDraw::initiatingDepartmentId).distinct().sorted().toList(),
                systemDraws.size(), systemDraws.stream().mapToLong(ReportCalculator::currentTargets).sum(),
                systemResults);
        return new MonthlyReport(departmentId, department.map(PublicDepartment::name).orElse(departmentId), region,
                month, entries, lines, published, "/api/public/results?departmentId=" + departmentId, system);
    }

    /** A department's KPIs from {@code from} to {@code to}, both included. */
    public Kpis department(String departmentId, String period, LocalDate from, LocalDate to) {
        Predicate<PublicDraw> involved = d -> departmentId.equals(d.initiatingDepartmentId())
                || d.participatingDepartmentIds().contains(departmentId);
        return kpis(departmentId, period, from, to, involved, r -> departmentId.equals(r.departmentId()),
                List.of(departmentId));
    }

    /** A jurisdiction's KPIs: every department of the region, draws they initiated. */
    public Kpis jurisdiction(String regionCode, String period, LocalDate from, LocalDate to) {
        List<String> ids = departments.stream().filter(d -> regionCode.equals(d.regionCode()))
                .map(PublicDepartment::id).sorted().toList();
        return kpis(regionCode, period, from, to, d -> ids.contains(d.initiatingDepartmentId()),
                r -> ids.contains(r.departmentId()), ids);
    }

    private Kpis kpis(String scope, String period, LocalDate from, LocalDate to, Predicate<PublicDraw> drawFilter,
                      Predicate<PublicResult> resultFilter, List<String> obligated) {
        List<PublicDraw> inspections = completedIn(from, to).stream().filter(drawFilter).toList();
        List<PublicDraw> joint = inspections.stream().filter(this::joint).toList();
        long entities = inspections.stream().mapToLong(ReportCalculator::currentTargets).sum();
        long jointEntities = joint.stream().mapToLong(ReportCalculator::currentTargets).sum();
        long creditRisk = inspections.stream().filter(ReportCalculator::creditRiskBased).count();
        List<PublicResult> scoped = results.stream().filter(resultFilter)
                .filter(r -> r.checkDate() != null && !r.checkDate().isBefore(from) && !r.checkDate().isAfter(to))
                .toList();
        long entered = scoped.stream().filter(r -> within(r, entryDays)).count();
        long published = scoped.stream().filter(r -> within(r, publicationDays)).count();
        List<String> meeting = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String department : obligated) {
            boolean met = completedIn(from, to).stream().filter(this::joint)
                    .anyMatch(d -> department.equals(d.initiatingDepartmentId())
                            || d.participatingDepartmentIds().contains(department));
            (met ? meeting : missing).add(department);
        }
        BigDecimal jointShare = share(joint.size(), inspections.size());
        BigDecimal jointEntityShare = share(jointEntities, entities);
        BigDecimal creditShare = share(creditRisk, inspections.size());
        BigDecimal enteredShare = share(entered, scoped.size());
        BigDecimal publishedShare = share(published, scoped.size());
        List<String> met = new ArrayList<>();
        if (atLeast(jointShare, JOINT_INSPECTION_TARGET)) {
            met.add("JOINT_INSPECTIONS");
        }
        if (atLeast(jointEntityShare, JOINT_ENTITY_TARGET)) {
            met.add("JOINT_ENTITIES");
        }
        if (atLeast(creditShare, CREDIT_RISK_TARGET)) {
            met.add("CREDIT_RISK");
        }
        if (atLeast(enteredShare, BigDecimal.ONE)) {
            met.add("ENTRY");
        }
        if (atLeast(publishedShare, BigDecimal.ONE)) {
            met.add("PUBLICATION");
        }
        return new Kpis(scope, period, inspections.size(), joint.size(), jointShare, entities, jointEntities,
                jointEntityShare, creditRisk, creditShare, scoped.size(), entered, enteredShare, published,
                publishedShare, met, meeting, missing,
                inspections.stream().mapToLong(ReportCalculator::repeatChecksAvoided).sum(),
                inspections.stream().mapToLong(ReportCalculator::repeatChecksFlagged).sum());
    }

    private List<PublicDraw> completedIn(LocalDate from, LocalDate to) {
        return draws.stream().filter(d -> DrawDossier.COMPLETED.equals(d.status()) && d.execution() != null)
                .filter(d -> in(d.execution().executedAt(), from, to)).toList();
    }

    private boolean joint(PublicDraw d) {
        PublicPlan plan = plans.get(d.planId());
        return plan != null && ("JOINT".equals(plan.kind()) || "TEMPORARY_JOINT".equals(plan.kind()));
    }

    private static boolean creditRiskBased(PublicDraw d) {
        return d.execution().thresholds().stream().anyMatch(t -> CREDIT_CLASSES.contains(t.stratum()));
    }

    private static long currentTargets(PublicDraw d) {
        return d.targets().stream().filter(PublicDraw.Target::current).count();
    }

    private MonthlyReport.DrawLine line(PublicDraw d) {
        PublicPlan plan = plans.get(d.planId());
        Optional<PublicPlan.Task> task = plan == null ? Optional.empty()
                : plan.tasks().stream().filter(t -> t.taskId().equals(d.taskId())).findFirst();
        int major = task.map(t -> t.items().size()).orElse(0);
        int minor = task.map(t -> t.items().stream().mapToInt(i -> {
            PublicItem item = items.get(i.itemId() + ":" + i.version());
            return item == null ? 0 : item.subItems().size();
        }).sum()).orElse(0);
        String scope = task.map(t -> String.join("、", t.objectTypes()) + " @ " + String.join("、", t.regionCodes()))
                .orElse("");
        long candidates = d.commitment() == null ? 0 : d.commitment().candidateCount();
        long drawn = currentTargets(d);
        return new MonthlyReport.DrawLine(d.drawId(), d.planId(), plan == null ? null : plan.title(), d.taskName(),
                scope, candidates, drawn, share(drawn, candidates), major, minor, repeatChecksAvoided(d),
                repeatChecksFlagged(d));
    }

    /** 避免重复检查: candidates the draw's commitment excluded as repeat checks (0 when its events do not say). */
    static long repeatChecksAvoided(PublicDraw d) {
        Integer n = d.commitment() == null ? null : d.commitment().repeatChecksExcluded();
        return n == null ? 0 : n;
    }

    /** Drawn targets of the draw flagged as repeat checks (0 when its events do not say). */
    static long repeatChecksFlagged(PublicDraw d) {
        Integer n = d.execution() == null ? null : d.execution().repeatChecksFlagged();
        return n == null ? 0 : n;
    }

    private boolean within(PublicResult r, int days) {
        Instant first = firstRecordedAt(r);
        if (first == null || r.checkDate() == null) {
            return false;
        }
        try {
            return calendar.workingDaysBetween(r.checkDate(), LocalDate.ofInstant(first, zone)) <= days;
        } catch (CalendarYearNotCovered e) {
            return false;
        }
    }

    private static Instant firstRecordedAt(PublicResult r) {
        return r.corrections().isEmpty() || r.corrections().get(0).earlier() == null ? r.recordedAt()
                : r.corrections().get(0).earlier().recordedAt();
    }

    private boolean in(Instant instant, LocalDate from, LocalDate to) {
        if (instant == null) {
            return false;
        }
        LocalDate day = LocalDate.ofInstant(instant, zone);
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    private static boolean atLeast(BigDecimal value, BigDecimal target) {
        return value != null && value.compareTo(target) >= 0;
    }
}
