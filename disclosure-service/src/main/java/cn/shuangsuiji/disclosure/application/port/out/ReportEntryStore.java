package cn.shuangsuiji.disclosure.application.port.out;

import cn.shuangsuiji.disclosure.domain.ReportEntries;
import java.time.YearMonth;
import java.util.Optional;

/** Stores the entered items 1–3 of monthly reports. */
public interface ReportEntryStore {

    Optional<ReportEntries> find(String departmentId, YearMonth month);

    void save(String departmentId, YearMonth month, ReportEntries entries);
}
