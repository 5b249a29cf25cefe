package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** 查询参数 — checks public query parameters: dates, text lengths, credit codes; bad input is a 400 problem. */
public final class QueryInput {

    /** Longest accepted free-text query (characters). */
    public static final int MAX_TEXT = 50;
    private static final Pattern USCC = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    private QueryInput() {
    }

    /** An ISO date (yyyy-MM-dd), or null when absent. */
    public static LocalDate date(String field, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad("DATE_INVALID", "日期格式错误", field, "日期应为 yyyy-MM-dd：" + field);
        }
    }

    /** A free-text value at most {@link #MAX_TEXT} characters, trimmed; null when absent or blank. */
    public static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_TEXT) {
            throw bad("QUERY_TOO_LONG", "查询条件过长", field, field + " 最多 " + MAX_TEXT + " 个字符");
        }
        return v;
    }

    /** A 统一社会信用代码 (18 characters, GB 32100 alphabet), or null when absent. */
    public static String uscc(String value) {
        String v = text("uscc", value);
        if (v != null && !USCC.matcher(v.toUpperCase()).matches()) {
            throw bad("USCC_INVALID", "统一社会信用代码格式错误", "uscc", "统一社会信用代码应为 18 位");
        }
        return v == null ? null : v.toUpperCase();
    }

    /** A period: from must not be after to. */
    public static void period(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw bad("PERIOD_INVALID", "时间范围错误", "from", "起始日期晚于截止日期");
        }
    }

    private static DomainProblem bad(String code, String title, String field, String detail) {
        return new DomainProblem(ProblemKind.BAD_REQUEST, code, title, detail,
                List.of(new FieldProblem(field, code, detail)));
    }
}
