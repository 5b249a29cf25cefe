package cn.shuangsuiji.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding and replacing years from an extra directory, without a code change. */
class ExtraDirectoryTest {

    /** A fictitious schedule: 2099-01-01 is a Thursday, 01-02 a Friday, 01-04 a Sunday. */
    private static final String YEAR_2099 = String.join("\n",
            "# 2099 — fictitious notice for tests",
            "",
            "2099-01-01\tholiday  元旦",
            "2099-01-02 holiday 元旦   # 调休",
            "2099-01-04 workday 元旦调休",
            "");

    @TempDir
    Path directory;

    @Test
    void fileForANewYearAddsThatYear() throws IOException {
        write("2099.txt", YEAR_2099);

        WorkingDayCalendar calendar = WorkingDayCalendar.load(directory);

        assertThat(calendar.coveredYears()).contains(Year.of(2017), Year.of(2026), Year.of(2099))
                .doesNotContain(Year.of(2027), Year.of(2098));
        assertThat(calendar).hasToString("WorkingDayCalendar[covered=2017–2026, 2099]");
        assertThat(calendar.isWorkingDay(LocalDate.of(2099, 1, 2))).isFalse();
        assertThat(calendar.holidayName(LocalDate.of(2099, 1, 2))).contains("元旦");
        assertThat(calendar.isWorkingDay(LocalDate.of(2099, 1, 4))).isTrue();
        assertThat(calendar.addWorkingDays(LocalDate.of(2099, 1, 1), 1)).isEqualTo(LocalDate.of(2099, 1, 4));
        assertThat(calendar.addWorkingDays(LocalDate.of(2099, 1, 1), 2)).isEqualTo(LocalDate.of(2099, 1, 5));
        // Years in between are still not covered.
        assertThatThrownBy(() -> calendar.workingDaysBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2099, 1, 5)))
                .isInstanceOf(CalendarYearNotCovered.class)
                .hasMessageContaining("2027")
                .hasMessageContaining("2017–2026, 2099");
        // The bundled calendar is unchanged.
        assertThat(WorkingDayCalendar.bundled().coveredYears()).doesNotContain(Year.of(2099));
    }

    @Test
    void fileForABundledYearReplacesThatYearOnly() throws IOException {
        write("2024.txt", "2024-02-09 holiday 春节\n");

        WorkingDayCalendar calendar = WorkingDayCalendar.load(directory);

        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 9))).isFalse();
        assertThat(calendar.holidayName(LocalDate.of(2024, 2, 9))).contains("春节");
        // Bundled 2024 entries are gone: 2/12 is an ordinary Monday, 2/4 an ordinary Sunday.
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 12))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 2, 4))).isFalse();
        assertThat(calendar.holidayName(LocalDate.of(2024, 10, 1))).isEmpty();
        // Other years are untouched.
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 1, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2023, 10, 2))).isFalse();
    }

    @Test
    void replacingANoticeAlsoReplacesItsDecemberDaysOfThePreviousYear() throws IOException {
        // The bundled 2019 notice makes Saturday 2018-12-29 a working day; this 2019 file does not.
        write("2019.txt", "2019-01-01 holiday 元旦\n");

        WorkingDayCalendar calendar = WorkingDayCalendar.load(directory);

        assertThat(WorkingDayCalendar.bundled().isWorkingDay(LocalDate.of(2018, 12, 29))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 29))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2018, 12, 31))).isTrue();
    }

    @Test
    void sameDateInTwoNoticesIsRejectedNamingBothFiles() throws IOException {
        // 2018-12-29 is already set by the bundled 2019 notice.
        write("2018.txt", "2018-12-29 workday 元旦调休\n");

        InvalidCalendarData error = catchThrowableOfType(InvalidCalendarData.class,
                () -> WorkingDayCalendar.load(directory));

        assertThat(error).hasMessageStartingWith(directory.resolve("2018.txt") + ":1: ")
                .hasMessageContaining("2018-12-29")
                .hasMessageContaining("classpath:cn/shuangsuiji/calendar/cn/2019.txt:");
        assertThat(error.lineNumber()).isEqualTo(1);
    }

    @Test
    void otherFilesAreIgnored() throws IOException {
        write("README.md", "not a calendar");
        write("2099.txt.bak", "garbage");
        Files.createDirectory(directory.resolve("2098.txt"));

        WorkingDayCalendar calendar = WorkingDayCalendar.load(directory);

        assertThat(calendar.coveredYears()).isEqualTo(WorkingDayCalendar.bundled().coveredYears());
    }

    @Test
    void emptyDirectoryGivesTheBundledYears() {
        assertThat(WorkingDayCalendar.load(directory).coveredYears())
                .containsExactlyElementsOf(WorkingDayCalendar.bundled().coveredYears());
    }

    @Test
    void missingDirectoryIsAnError() {
        Path missing = directory.resolve("does-not-exist");
        assertThatThrownBy(() -> WorkingDayCalendar.load(missing))
                .isInstanceOf(InvalidCalendarData.class)
                .hasMessageContaining("does-not-exist");
    }

    @Test
    void settingTakesTheSystemPropertyFirstThenTheEnvironmentVariable() throws IOException {
        write("2099.txt", YEAR_2099);
        String missing = directory.resolve("missing").toString();

        assertThat(WorkingDayCalendar.fromSettings(null, null)).isSameAs(WorkingDayCalendar.bundled());
        assertThat(WorkingDayCalendar.fromSettings(" ", "")).isSameAs(WorkingDayCalendar.bundled());
        assertThat(WorkingDayCalendar.fromSettings(directory.toString(), missing).coveredYears()).contains(Year.of(2099));
        assertThat(WorkingDayCalendar.fromSettings(null, directory.toString()).coveredYears()).contains(Year.of(2099));
        assertThatThrownBy(() -> WorkingDayCalendar.fromSettings(missing, directory.toString()))
                .isInstanceOf(InvalidCalendarData.class);
    }

    private void write(String fileName, String content) throws IOException {
        Files.writeString(directory.resolve(fileName), content, StandardCharsets.UTF_8);
    }
}
