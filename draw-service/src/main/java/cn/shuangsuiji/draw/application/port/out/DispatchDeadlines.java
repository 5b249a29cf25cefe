package cn.shuangsuiji.draw.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 下派确认期限 — the dispatch-confirmation deadlines stored in draws (S0 17; S1 13), as far as a newly loaded holiday
 * schedule can move them, and the versions of the official schedules this service has adopted (so it adopts them
 * again at start-up and applies each once).
 */
public interface DispatchDeadlines {

    /**
     * One stored dispatch deadline.
     *
     * @param drawId       the draw
     * @param departmentId the department dispatched to
     * @param dispatchedOn the day of dispatch (the period starts after it)
     * @param deadline     the stored deadline
     */
    record StoredDispatch(String drawId, String departmentId, LocalDate dispatchedOn, LocalDate deadline) {
        public StoredDispatch {
            Objects.requireNonNull(drawId, "drawId");
            Objects.requireNonNull(departmentId, "departmentId");
            Objects.requireNonNull(dispatchedOn, "dispatchedOn");
            Objects.requireNonNull(deadline, "deadline");
        }
    }

    /**
     * An adopted version of a year's official schedule.
     *
     * @param year     the year
     * @param version  its version
     * @param schedule the schedule text (calendar file format)
     */
    record AdoptedYear(int year, int version, String schedule) {
    }

    /** Every dispatch whose period touches {@code [from, to]}: deadline on or after {@code from}, dispatched on or before {@code to}. */
    List<StoredDispatch> touching(LocalDate from, LocalDate to);

    /** Stores the new deadline of one dispatch (and bumps the draw's version, so a concurrent change retries). */
    void move(StoredDispatch dispatch, LocalDate newDeadline);

    /** The adopted version of {@code year}, if any. */
    Optional<AdoptedYear> adopted(int year);

    /** Every adopted year (newest version each). */
    List<AdoptedYear> adoptedYears();

    /** Records the adopted version of a year. */
    void saveAdopted(AdoptedYear year);
}
