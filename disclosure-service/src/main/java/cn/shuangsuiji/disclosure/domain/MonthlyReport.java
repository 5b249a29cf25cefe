package cn.shuangsuiji.disclosure.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * 县有关部门“双随机、一公开”监管工作月报表 (S3 annex) — one department's month: items 1–3 as entered, item 4 (its
 * draws under the annual plan) and item 5 (the whole system in its region) computed from the events.
 *
 * @param departmentId   the department
 * @param departmentName its name
 * @param regionCode     its region
 * @param month          the month
 * @param entries        items 1–3
 * @param draws          item 4: the department's draws executed in the month
 * @param resultsPublished item 4: results of the department published in the month
 * @param publishedAt    item 4: where the results are published
 * @param system         item 5: the whole system in the region
 */
public record MonthlyReport(String departmentId, String departmentName, String regionCode, YearMonth month,
                            ReportEntries entries, List<DrawLine> draws, long resultsPublished, String publishedAt,
                            SystemLine system) {

    public MonthlyReport {
        draws = List.copyOf(draws);
    }

    /**
     * One draw of item 4: 文件 (plan), 抽查对象范围、数量、抽查比例, 检查事项（大项、小项）.
     *
     * @param drawId        the draw
     * @param planId        the plan (抽查文件)
     * @param planTitle     the plan's title
     * @param taskName      the task
     * @param scope         抽查对象范围 (object types and regions)
     * @param candidates    eligible entities
     * @param drawn         drawn entities
     * @param ratio         drawn / candidates
     * @param majorItems    检查事项大项
     * @param minorItems    检查事项小项 (sub-items)
     * @param repeatChecksAvoided 避免重复检查 — candidates excluded because another department of the region already
     *                      checked the task's items for them this year (0 when the draw's events do not say)
     * @param repeatChecksFlagged drawn targets flagged as repeat checks, kept per policy (0 when not said)
     */
    public record DrawLine(String drawId, String planId, String planTitle, String taskName, String scope,
                           long candidates, long drawn, BigDecimal ratio, int majorItems, int minorItems,
                           long repeatChecksAvoided, long repeatChecksFlagged) {
    }

    /**
     * Item 5: 全县本系统开展随机抽查情况.
     *
     * @param departments       departments of the region that drew in the month
     * @param draws             draws executed
     * @param entities          entities drawn
     * @param resultsPublished  results published
     */
    public record SystemLine(List<String> departments, long draws, long entities, long resultsPublished) {

        public SystemLine {
            departments = List.copyOf(departments);
        }
    }
}
