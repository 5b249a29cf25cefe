package cn.shuangsuiji.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled data files: complete, sourced, and as published. */
class BundledDataTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.bundled();

    @Test
    void indexListsEveryBundledFile() throws IOException, URISyntaxException {
        Path directory = bundledDirectory();
        List<String> files;
        try (Stream<Path> listing = Files.list(directory)) {
            files = listing.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}\\.txt")).sorted().collect(Collectors.toList());
        }
        List<String> indexed = Files.readAllLines(directory.resolve("index.txt"), StandardCharsets.UTF_8).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .sorted().collect(Collectors.toList());

        assertThat(indexed).isEqualTo(files).hasSize(10).startsWith("2017.txt").endsWith("2026.txt");
    }

    @Test
    void everyFileNamesItsSourceAndNotice() throws IOException, URISyntaxException {
        for (int year = 2017; year <= 2026; year++) {
            String text = Files.readString(bundledDirectory().resolve(year + ".txt"), StandardCharsets.UTF_8);
            assertThat(text).as("%d.txt", year)
                    .contains("chinese-days@1.5.7")
                    .contains("MIT License")
                    .contains("国务院办公厅关于" + year + "年部分节假日安排的通知")
                    .contains("gov.cn");
        }
    }

    /** Working days per year, counted independently from chinese-days' dist/chinese-days.json. */
    @ParameterizedTest(name = "{0} has {1} working days")
    @CsvSource({
        "2017, 249", "2018, 250", "2019, 250", "2020, 249", "2021, 250",
        "2022, 249", "2023, 249", "2024, 251", "2025, 248", "2026, 248",
    })
    void workingDaysPerYear(int year, int expected) {
        LocalDate lastDayBefore = LocalDate.of(year - 1, 12, 31);
        assertThat(calendar.workingDaysBetween(lastDayBefore, LocalDate.of(year, 12, 31))).isEqualTo(expected);
        assertThat(calendar.coveredYears()).contains(Year.of(year));
    }

    @Test
    void everyMakeUpWorkingDayIsAWeekendDayAndNamedDaysAreNotWorkingDays() {
        int makeUpDays = 0;
        for (LocalDate day = LocalDate.of(2017, 1, 1); day.getYear() <= 2026; day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            if (weekend && calendar.isWorkingDay(day)) {
                makeUpDays++;
            }
            if (calendar.holidayName(day).isPresent()) {
                assertThat(calendar.isWorkingDay(day)).as("%s", day).isFalse();
            }
        }
        // 5+7+6+6+7+7+7+8+5+6 make-up days in the ten notices (2018-12-29 counted in 2018).
        assertThat(makeUpDays).isEqualTo(64);
    }

    private static Path bundledDirectory() throws URISyntaxException {
        URL index = BundledDataTest.class.getClassLoader().getResource(ScheduleLoader.BUNDLED_INDEX);
        assertThat(index).isNotNull();
        return Path.of(index.toURI()).getParent();
    }
}
