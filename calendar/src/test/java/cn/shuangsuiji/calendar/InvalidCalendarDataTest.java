package cn.shuangsuiji.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed calendar files fail the load, naming the file and line. */
class InvalidCalendarDataTest {

    private static final String GOOD_FIRST_LINES = "# 2027, for tests\n\n2027-01-01 holiday 元旦\n";

    @TempDir
    Path directory;

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "2027-02-30 holiday 春节        | not a date",
        "27-01-02 holiday 元旦          | not a date",
        "2027/01/02 holiday 元旦        | not a date",
        "2027-01-02 vacation 元旦       | neither 'holiday' nor 'workday'",
        "2027-01-02 holiday             | missing label",
        "2027-01-02                     | expected '<yyyy-MM-dd> ",
        "2027-01-05 workday 春节调休     | only a Saturday or Sunday",
        "2028-01-01 holiday 元旦        | outside 2027",
        "2026-11-30 holiday 元旦        | outside 2027",
        "2027-01-01 holiday 元旦        | listed twice (first on line 3)",
    })
    void badLineIsReportedWithFileAndLineNumber(String badLine, String problem) throws IOException {
        Path file = write("2027.txt", GOOD_FIRST_LINES + badLine + "\n2027-10-01 holiday 国庆节\n");

        InvalidCalendarData error = catchThrowableOfType(InvalidCalendarData.class,
                () -> WorkingDayCalendar.load(directory));

        assertThat(error).hasMessageStartingWith(file + ":4: ").hasMessageContaining(problem);
        assertThat(error.source()).isEqualTo(file.toString());
        assertThat(error.lineNumber()).isEqualTo(4);
    }

    @Test
    void misnamedFileIsAnError() throws IOException {
        write("holidays-2027.txt", GOOD_FIRST_LINES);

        InvalidCalendarData error = catchThrowableOfType(InvalidCalendarData.class,
                () -> WorkingDayCalendar.load(directory));

        assertThat(error).hasMessageContaining("holidays-2027.txt").hasMessageContaining("<yyyy>.txt");
        assertThat(error.lineNumber()).isZero();
    }

    @Test
    void fileThatIsNotUtf8IsAnError() throws IOException {
        Files.write(directory.resolve("2027.txt"), "2027-01-01 holiday 元旦\n".getBytes("GB18030"));

        InvalidCalendarData error = catchThrowableOfType(InvalidCalendarData.class,
                () -> WorkingDayCalendar.load(directory));

        assertThat(error).hasMessageStartingWith(directory.resolve("2027.txt") + ":1: ")
                .hasMessageContaining("not valid UTF-8");
    }

    @Test
    void byteOrderMarkTabsCommentsAndDecemberOfThePreviousYearAreAccepted() throws IOException {
        write("2027.txt", "\uFEFF# comment\n\n  2026-12-31\tholiday\t元旦   # 调休\n2027-01-01 holiday 元旦\n");

        WorkingDayCalendar calendar = WorkingDayCalendar.load(directory);

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(calendar.holidayName(LocalDate.of(2026, 12, 31))).contains("元旦");
        assertThat(calendar.isWorkingDay(LocalDate.of(2027, 1, 1))).isFalse();
    }

    private Path write(String fileName, String content) throws IOException {
        Path file = directory.resolve(fileName);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
