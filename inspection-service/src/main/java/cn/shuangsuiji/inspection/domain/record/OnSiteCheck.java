package cn.shuangsuiji.inspection.domain.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 实地检查 — the date of the check and the inspectors present, who showed their credentials (S2 22).
 *
 * @param date              the check date
 * @param inspectorsPresent inspector ids present, each on the team
 * @param credentialsShown  whether they showed their law-enforcement credentials (出示执法证件)
 */
public record OnSiteCheck(LocalDate date, List<String> inspectorsPresent, boolean credentialsShown) {

    public OnSiteCheck {
        Objects.requireNonNull(date, "date");
        inspectorsPresent = inspectorsPresent == null ? List.of()
                : inspectorsPresent.stream().distinct().toList();
    }
}
