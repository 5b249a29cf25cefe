package cn.shuangsuiji.calendar;

import java.util.Objects;

/**
 * 日历数据错误 — a calendar file could not be read or is wrong: a malformed line, a date listed
 * twice, a date outside the file's year, a make-up working day on a weekday, an unreadable file.
 *
 * <p>The message starts with {@code source:line:} (or {@code source:} for a problem with the
 * whole file) so that the offending line can be found at once.
 */
public final class InvalidCalendarData extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int lineNumber;

    InvalidCalendarData(String source, int lineNumber, String problem) {
        this(source, lineNumber, problem, null);
    }

    InvalidCalendarData(String source, int lineNumber, String problem, Throwable cause) {
        super(location(source, lineNumber) + ": " + Objects.requireNonNull(problem, "problem"), cause);
        this.source = source;
        this.lineNumber = lineNumber;
    }

    /** The file path or classpath resource that holds the bad data. */
    public String source() {
        return source;
    }

    /** The 1-based line number of the bad line, or 0 if the problem concerns the whole file. */
    public int lineNumber() {
        return lineNumber;
    }

    static String location(String source, int lineNumber) {
        Objects.requireNonNull(source, "source");
        return lineNumber > 0 ? source + ":" + lineNumber : source;
    }
}
