package cn.shuangsuiji.inspection.domain.record;

import java.time.LocalDate;

/**
 * 逾期事实 — a deadline a part missed. Kept for good even when the step is done later: data not entered in time
 * counts as not done (S1 29).
 */
public record OverdueFact(DeadlineKind kind, LocalDate dueDate, LocalDate detectedOn, boolean countsAsNotDone) {
}
