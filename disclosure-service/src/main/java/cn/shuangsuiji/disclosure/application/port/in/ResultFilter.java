package cn.shuangsuiji.disclosure.application.port.in;

import java.time.LocalDate;

/**
 * Filters of the result announcements; null means no restriction.
 *
 * @param uscc         统一社会信用代码 (exact)
 * @param name         市场主体名称 (prefix, or contains)
 * @param contains     whether the name matches anywhere rather than as a prefix
 * @param departmentId 检查机关
 * @param planId       the plan
 * @param from         checked on or after this day
 * @param to           checked on or before this day
 */
public record ResultFilter(String uscc, String name, boolean contains, String departmentId, String planId,
                           LocalDate from, LocalDate to) {

    public ResultFilter {
        QueryInput.period(from, to);
    }
}
