package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.contracts.disclosure.PublicItem;
import cn.shuangsuiji.contracts.disclosure.PublicPlan;
import cn.shuangsuiji.disclosure.application.port.in.MonthlyReportUseCase;
import cn.shuangsuiji.disclosure.application.port.out.DrawViews;
import cn.shuangsuiji.disclosure.application.port.out.PlanViews;
import cn.shuangsuiji.disclosure.application.port.out.PublicDirectory;
import cn.shuangsuiji.disclosure.application.port.out.ReportEntryStore;
import cn.shuangsuiji.disclosure.application.port.out.ResultViews;
import cn.shuangsuiji.disclosure.domain.DrawDossier;
import cn.shuangsuiji.disclosure.domain.Kpis;
import cn.shuangsuiji.disclosure.domain.MonthlyReport;
import cn.shuangsuiji.disclosure.domain.PublicDepartment;
import cn.shuangsuiji.disclosure.domain.ReportCalculator;
import cn.shuangsuiji.disclosure.domain.ReportEntries;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 月报表 (S3 annex) and KPIs (S3 二(二), 二(三); S0 20; S1 9, 20(四)). A department head sees and fills in only
 * their own department; the joint office (联席办) sees every department of its jurisdiction; the platform
 * administrator sees everything. Figures are computed from the views built from events, so a replay gives the
 * same figures.
 */
@Service
class MonthlyReports implements MonthlyReportUseCase {

    private final ReportEntryStore entries;
    private final ReportSources sources;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    MonthlyReports(ReportEntryStore entries, ReportSources sources, AuditTrail audit,
                   TransactionTemplate transactions) {
        this.entries = entries;
        this.sources = sources;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public MonthlyReport enter(Actor actor, String departmentId, YearMonth month, ReportEntries entered) {
        PublicDepartment department = sources.department(departmentId);
        mayWrite(actor, department);
        transactions.executeWithoutResult(status -> {
            ReportEntries before = entries.find(departmentId, month).orElse(null);
            entries.save(departmentId, month, entered);
            audit.record(actor, "report.enter", "MonthlyReport", departmentId + ":" + month, departmentId, before,
                    entered);
        });
        return report(actor, departmentId, month);
    }

    @Override
    public MonthlyReport report(Actor actor, String departmentId, YearMonth month) {
        PublicDepartment department = sources.department(departmentId);
        mayRead(actor, department.id(), department.regionCode());
        return sources.calculator().report(departmentId, month,
                entries.find(departmentId, month).orElse(ReportEntries.none()));
    }

    @Override
    public KpiReport departmentKpis(Actor actor, String departmentId, YearMonth through) {
        PublicDepartment department = sources.department(departmentId);
        mayRead(actor, department.id(), department.regionCode());
        ReportCalculator calculator = sources.calculator();
        return trend(through, (from, to, period) -> calculator.department(departmentId, period, from, to));
    }

    @Override
    public KpiReport jurisdictionKpis(Actor actor, String regionCode, YearMonth through) {
        mayRead(actor, null, regionCode);
        ReportCalculator calculator = sources.calculator();
        return trend(through, (from, to, period) -> calculator.jurisdiction(regionCode, period, from, to));
    }

    private KpiReport trend(YearMonth through, PeriodKpis kpis) {
        List<Kpis> months = new ArrayList<>();
        for (int m = 1; m <= through.getMonthValue(); m++) {
            YearMonth month = YearMonth.of(through.getYear(), m);
            months.add(kpis.of(month.atDay(1), month.atEndOfMonth(), month.toString()));
        }
        return new KpiReport(kpis.of(through.atDay(1).withDayOfYear(1), through.atEndOfMonth(),
                through.getYear() + "-01.." + through), months);
    }

    private static void mayWrite(Actor actor, PublicDepartment department) {
        actor.require(Role.DEPARTMENT_HEAD, Role.JOINT_OFFICE);
        if (actor.has(Role.DEPARTMENT_HEAD) && actor.inDepartment(department.id())) {
            return;
        }
        if (actor.has(Role.JOINT_OFFICE) && inJurisdiction(actor, department.regionCode())) {
            return;
        }
        throw Actor.forbidden("只能填报本部门（或本辖区）的月报表");
    }

    private static void mayRead(Actor actor, String departmentId, String regionCode) {
        actor.require(Role.DEPARTMENT_HEAD, Role.JOINT_OFFICE, Role.PLATFORM_ADMIN);
        if (actor.has(Role.PLATFORM_ADMIN)
                || actor.has(Role.DEPARTMENT_HEAD) && departmentId != null && actor.inDepartment(departmentId)
                || actor.has(Role.JOINT_OFFICE) && inJurisdiction(actor, regionCode)) {
            return;
        }
        throw Actor.forbidden("只能查看本部门（或本辖区）的月报表与指标");
    }

    /** A joint office covers the regions under its jurisdiction claim; a token without one covers none. */
    private static boolean inJurisdiction(Actor actor, String regionCode) {
        return actor.jurisdiction() != null && regionCode != null && regionCode.startsWith(
                actor.jurisdiction().replaceAll("0+$", ""));
    }

    @FunctionalInterface
    private interface PeriodKpis {
        Kpis of(java.time.LocalDate from, java.time.LocalDate to, String period);
    }

    /** What the calculator reads: the views built from events. */
    @Service
    static class ReportSources {

        private final PublicDirectory directory;
        private final PlanViews plans;
        private final DrawViews draws;
        private final ResultViews results;
        private final WorkingDayCalendar calendar;

        ReportSources(PublicDirectory directory, PlanViews plans, DrawViews draws, ResultViews results,
                      WorkingDayCalendar calendar) {
            this.directory = directory;
            this.plans = plans;
            this.draws = draws;
            this.results = results;
            this.calendar = calendar;
        }

        PublicDepartment department(String id) {
            return directory.findDepartment(id)
                    .orElseThrow(() -> DomainProblem.notFound("DEPARTMENT_NOT_FOUND", "部门", id));
        }

        ReportCalculator calculator() {
            Map<String, PublicPlan> published = plans.allPublished().stream()
                    .collect(Collectors.toMap(PublicPlan::planId, Function.identity()));
            Map<String, PublicItem> items = directory.allItems().stream()
                    .collect(Collectors.toMap(i -> i.itemId() + ":" + i.version(), Function.identity(), (a, b) -> b));
            return new ReportCalculator(draws.all().stream().map(DrawDossier::full).toList(), published,
                    results.all(), items, directory.departments(), calendar, PublicCalendar.ZONE, 5, 20);
        }
    }
}
