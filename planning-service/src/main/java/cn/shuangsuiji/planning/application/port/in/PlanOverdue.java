package cn.shuangsuiji.planning.application.port.in;

import java.time.LocalDate;
import java.util.List;

/**
 * 逾期报备或公示 — a plan (or a department without an annual plan, planId null) late in filing or publication.
 *
 * @param findings FILING_OVERDUE, FILED_LATE, PUBLICATION_OVERDUE, PUBLISHED_LATE, NO_ANNUAL_PLAN
 */
public record PlanOverdue(String planId, Integer planVersion, String kind, String status, String departmentId,
                          LocalDate filingDeadline, LocalDate publicationDeadline, List<String> findings) {
}
