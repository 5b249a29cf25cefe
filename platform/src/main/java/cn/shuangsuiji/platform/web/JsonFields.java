package cn.shuangsuiji.platform.web;

import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.InvalidField;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * 字段定位 — turns a JSON reading failure into the field it concerns ({@code tasks[0].windowStart}), a stable code
 * and a Chinese message saying what was expected; never the rejected value.
 */
final class JsonFields {

    private JsonFields() {
    }

    /** The dotted path of the failure, e.g. {@code tasks[0].windowStart}; empty for the body itself. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static FieldProblem problem(String path, JacksonException e) {
        InvalidField refused = causeOf(e, InvalidField.class);
        if (refused != null) {
            InvalidField at = path.isEmpty() ? refused : refused.under(path);
            return at.toFieldProblem();
        }
        if (e instanceof ValueInstantiationException) {
            Throwable cause = e.getCause();
            String message = cause != null && cause.getMessage() != null && isChinese(cause.getMessage())
                    ? cause.getMessage() : "取值不符合要求";
            return new FieldProblem(path, "INVALID_VALUE", message);
        }
        if (e instanceof InvalidNullException) {
            return new FieldProblem(path, "REQUIRED", "必填，不能为 null");
        }
        if (e instanceof InputCoercionException coercion) {
            return new FieldProblem(path, "NUMBER_OUT_OF_RANGE", "数字超出允许的范围" + range(coercion.getTargetType()));
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> type = mismatch.getTargetType();
            return new FieldProblem(path, codeFor(type), expectation(type));
        }
        return new FieldProblem(path, "INVALID_VALUE", "取值无效或类型不符");
    }

    /** What a value of the type must look like, in Chinese. */
    static String expectation(Class<?> type) {
        if (type == null) {
            return "格式不对";
        }
        if (type == java.time.LocalDate.class) {
            return "不是有效的日期（格式 yyyy-MM-dd，且须是日历上存在的日期）";
        }
        if (type == java.time.LocalDateTime.class) {
            return "不是有效的日期时间（格式 yyyy-MM-ddTHH:mm:ss）";
        }
        if (type == java.time.Instant.class || type == java.time.OffsetDateTime.class
                || type == java.time.ZonedDateTime.class) {
            return "不是有效的时间（ISO-8601，如 2026-03-01T08:00:00Z）";
        }
        if (type == java.time.YearMonth.class) {
            return "不是有效的年月（格式 yyyy-MM）";
        }
        if (type == java.time.Year.class) {
            return "不是有效的年份";
        }
        if (TemporalAccessor.class.isAssignableFrom(type) || Temporal.class.isAssignableFrom(type)) {
            return "不是有效的日期或时间";
        }
        if (isNumber(type)) {
            return isInteger(type) ? "应为整数" : "应为数字";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "应为 true 或 false";
        }
        if (type.isEnum()) {
            return "应为以下取值之一：" + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining("、"));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "应为数组";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "应为对象";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "应为字符串";
        }
        return "类型不符，应为对象";
    }

    private static String codeFor(Class<?> type) {
        if (TemporalAccessor.class.isAssignableFrom(type)) {
            return "INVALID_DATE";
        }
        if (isNumber(type)) {
            return "INVALID_NUMBER";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "INVALID_BOOLEAN";
        }
        if (type.isEnum()) {
            return "INVALID_ENUM";
        }
        return "INVALID_TYPE";
    }

    private static String range(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return "（整数，-2147483648 至 2147483647）";
        }
        if (type == long.class || type == Long.class) {
            return "（64 位整数）";
        }
        return "";
    }

    private static boolean isNumber(Class<?> type) {
        return Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class
                && type != char.class && type != void.class);
    }

    private static boolean isInteger(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == byte.class || type == Byte.class
                || type == java.math.BigInteger.class;
    }

    private static boolean isChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null && t != t.getCause(); t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
