package cn.shuangsuiji.inspection.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 已存期限 — the working-day deadlines stored in the parts of inspection records (result entry, violation referral,
 * result publication; rules.md §5), as far as a newly loaded holiday schedule can move them, and the versions of the
 * official schedules this service has adopted (so it adopts them again at start-up and applies each once).
 */
public interface CalendarDeadlines {

    /**
     * One stored deadline.
     *
     * @param inspectionId the record
     * @param departmentId the part's department
     * @param kind         RESULT_ENTRY, VIOLATION_REFERRAL or RESULT_PUBLICATION
     * @param start        the check date the period starts after
     * @param due          the stored due date
     */
    record StoredDeadline(String inspectionId, String departmentId, String kind, LocalDate start, LocalDate due) {
        public StoredDeadline {
            Objects.requireNonNull(inspectionId, "inspectionId");
            Objects.requireNonNull(departmentId, "departmentId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(start, "start");
            Objects.requireNonNull(due, "due");
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

    /** Every stored deadline whose period touches {@code [from, to]}: due on or after {@code from}, start on or before {@code to}. */
    List<StoredDeadline> touching(LocalDate from, LocalDate to);

    /** Stores the new due date of one deadline (and bumps the record's version, so a concurrent change retries). */
    void move(StoredDeadline deadline, LocalDate newDue);

    /** The adopted version of {@code year}, if any. */
    Optional<AdoptedYear> adopted(int year);

    /** Every adopted year (newest version each). */
    List<AdoptedYear> adoptedYears();

    /** Records the adopted version of a year. */
    void saveAdopted(AdoptedYear year);
}
