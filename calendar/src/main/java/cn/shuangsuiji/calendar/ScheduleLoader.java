package cn.shuangsuiji.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * 日历文件加载 — finds and reads calendar files: those bundled on the classpath (listed in
 * {@code cn/shuangsuiji/calendar/cn/index.txt}) and those in an extra directory.
 */
final class ScheduleLoader {

    static final String BUNDLED_DIRECTORY = "cn/shuangsuiji/calendar/cn/";
    static final String BUNDLED_INDEX = BUNDLED_DIRECTORY + "index.txt";

    private ScheduleLoader() {
    }

    /** The bundled files, by year. */
    static Map<Year, ScheduleFile> bundled() {
        String indexSource = "classpath:" + BUNDLED_INDEX;
        Map<Year, ScheduleFile> files = new TreeMap<>();
        try (BufferedReader index = openResource(BUNDLED_INDEX, indexSource)) {
            int lineNumber = 0;
            for (String line = index.readLine(); line != null; line = index.readLine()) {
                lineNumber++;
                String fileName = line.strip();
                if (fileName.isEmpty() || fileName.startsWith("#")) {
                    continue;
                }
                Year year = ScheduleFileParser.yearOfFileName(fileName, indexSource + ":" + lineNumber);
                String resource = BUNDLED_DIRECTORY + fileName;
                String source = "classpath:" + resource;
                try (BufferedReader reader = openResource(resource, source)) {
                    if (files.put(year, ScheduleFileParser.parse(year, source, reader)) != null) {
                        throw new InvalidCalendarData(indexSource, lineNumber, fileName + " is listed twice");
                    }
                }
            }
        } catch (IOException e) {
            throw new InvalidCalendarData(indexSource, 0, "cannot read: " + e, e);
        }
        return files;
    }

    /**
     * Every {@code <yyyy>.txt} file in {@code directory}, by year. Sub-directories, hidden files
     * and files not ending in {@code .txt} are ignored; a {@code .txt} file with another name is an
     * error, so that a misnamed file is not silently skipped.
     */
    static Map<Year, ScheduleFile> directory(Path directory) {
        String directorySource = directory.toString();
        if (!Files.isDirectory(directory)) {
            throw new InvalidCalendarData(directorySource, 0, "calendar directory does not exist or is not a directory");
        }
        List<Path> candidates;
        try (Stream<Path> listing = Files.list(directory)) {
            candidates = listing
                    .filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .filter(path -> path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt"))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidCalendarData(directorySource, 0, "cannot list: " + e, e);
        }
        Map<Year, ScheduleFile> files = new TreeMap<>();
        for (Path path : candidates) {
            String source = path.toString();
            Year year = ScheduleFileParser.yearOfFileName(path.getFileName().toString(), source);
            try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                files.put(year, ScheduleFileParser.parse(year, source, reader));
            } catch (IOException e) {
                throw new InvalidCalendarData(source, 0, "cannot read: " + e, e);
            }
        }
        return files;
    }

    private static BufferedReader openResource(String resource, String source) {
        InputStream stream = ScheduleLoader.class.getClassLoader().getResourceAsStream(resource);
        if (stream == null) {
            throw new InvalidCalendarData(source, 0, "resource not found");
        }
        return new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8.newDecoder()));
    }
}
