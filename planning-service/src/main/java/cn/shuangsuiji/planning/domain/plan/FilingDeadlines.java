package cn.shuangsuiji.planning.domain.plan;

import cn.shuangsuiji.planning.domain.policy.PolicyParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 报备和公示期限 — annual and joint plans are filed by the end of January and published by the end of February
 * (months from the policy) [S1 7]; temporary joint inspections are filed when they arise [S1 8] and have no
 * such dates. Dates are China Standard Time.
 */
public final class FilingDeadlines {

    /** China Standard Time, in which the deadlines are counted. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private FilingDeadlines() {
    }

    /** Last day to file a plan of the year. */
    public static LocalDate filingDeadline(int year, PolicyParameters policy) {
        return YearMonth.of(year, policy.planFilingMonth()).atEndOfMonth();
    }

    /** Last day to publish a plan of the year. */
    public static LocalDate publicationDeadline(int year, PolicyParameters policy) {
        return YearMonth.of(year, policy.planPublicationMonth()).atEndOfMonth();
    }

    /**
     * What is overdue about a plan's filing and publication as of {@code today}: {@code FILING_OVERDUE}
     * (not filed, deadline passed), {@code FILED_LATE}, {@code PUBLICATION_OVERDUE}, {@code PUBLISHED_LATE}.
     */
    public static List<String> overdue(Plan plan, PolicyParameters policy, LocalDate today) {
        List<String> findings = new ArrayList<>();
        if (plan.content().kind() == PlanKind.TEMPORARY_JOINT || plan.status() == PlanStatus.WITHDRAWN) {
            return findings;
        }
        int year = plan.content().year();
        check(findings, plan.firstSubmittedAt(), filingDeadline(year, policy), today, "FILING_OVERDUE", "FILED_LATE");
        check(findings, plan.firstPublishedAt(), publicationDeadline(year, policy), today, "PUBLICATION_OVERDUE",
                "PUBLISHED_LATE");
        return findings;
    }

    private static void check(List<String> findings, Optional<Instant> done, LocalDate deadline, LocalDate today,
                              String overdue, String late) {
        if (done.isEmpty()) {
            if (today.isAfter(deadline)) {
                findings.add(overdue);
            }
        } else if (done.get().atZone(CHINA).toLocalDate().isAfter(deadline)) {
            findings.add(late);
        }
    }
}
