package cn.shuangsuiji.disclosure.application.port.out;

import java.util.List;
import java.util.Optional;

/** The versions of official holiday schedules this service adopted, kept so that a restart adopts them again. */
public interface AdoptedCalendarYears {

    Optional<AdoptedYear> adopted(int year);

    /** Every adopted year, oldest year first. */
    List<AdoptedYear> all();

    void save(AdoptedYear year);

    /**
     * 已采用的年度安排 — one year's adopted schedule.
     *
     * @param schedule the schedule in the calendar file format (calendar/README.md)
     */
    record AdoptedYear(int year, int version, String schedule) {
    }
}
