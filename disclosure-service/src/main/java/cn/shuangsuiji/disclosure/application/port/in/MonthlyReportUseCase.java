package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.disclosure.domain.Kpis;
import cn.shuangsuiji.disclosure.domain.MonthlyReport;
import cn.shuangsuiji.disclosure.domain.ReportEntries;
import cn.shuangsuiji.platform.security.Actor;
import java.time.YearMonth;
import java.util.List;

/** 月报表与考核指标 — for department heads (their own department) and the joint office. */
public interface MonthlyReportUseCase {

    /** Enters items 1–3 of a department's month (replacing earlier entries); audited. */
    MonthlyReport enter(Actor actor, String departmentId, YearMonth month, ReportEntries entries);

    /** The month's report: items 1–3 as entered, 4–5 computed. */
    MonthlyReport report(Actor actor, String departmentId, YearMonth month);

    /** A department's KPIs: year to date through the month, then month by month (trend). */
    KpiReport departmentKpis(Actor actor, String departmentId, YearMonth through);

    /** A jurisdiction's KPIs (every department of the region). */
    KpiReport jurisdictionKpis(Actor actor, String regionCode, YearMonth through);

    /**
     * KPIs year to date and per month.
     *
     * @param yearToDate from January 1 through the month's end
     * @param months     each month from January through the month
     */
    record KpiReport(Kpis yearToDate, List<Kpis> months) {

        public KpiReport {
            months = List.copyOf(months);
        }
    }
}
