package cn.shuangsuiji.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * 期限重算 — where a stored deadline lands when the calendar it was computed with is replaced (a provisional year by
 * the official schedule, or an official schedule by a corrected version).
 *
 * <p>A stored deadline keeps its start and due date; the number of working days is read back from the calendar it
 * was computed with ({@code workingDaysBetween(start, due)}, exact for every deadline made by
 * {@link WorkingDayCalendar#addWorkingDays}) and counted again with the new calendar, so no service has to store
 * the count.
 */
public final class DeadlineShift {

    private DeadlineShift() {
    }

    /**
     * The new due date of a deadline {@code start + n working days = due} under {@code before}, counted with
     * {@code after}; empty when it does not move.
     *
     * @param start  the day the period started from (not counted)
     * @param due    the stored due date
     * @param before the calendar the deadline was computed with
     * @param after  the calendar with the newly loaded schedule
     */
    public static Optional<LocalDate> moved(LocalDate start, LocalDate due, WorkingDayCalendar before,
                                            WorkingDayCalendar after) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        if (due.isBefore(start)) {
            return Optional.empty();
        }
        int workingDays = before.workingDaysBetween(start, due);
        LocalDate recomputed = after.addWorkingDays(start, workingDays);
        return recomputed.equals(due) ? Optional.empty() : Optional.of(recomputed);
    }
}
