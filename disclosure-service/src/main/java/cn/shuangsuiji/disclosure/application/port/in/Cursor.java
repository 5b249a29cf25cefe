package cn.shuangsuiji.disclosure.application.port.in;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * 分页游标 — an opaque keyset cursor: the sort key of the last record of a page, base64url-encoded with a version
 * prefix. A cursor that does not decode is a 400 {@code CURSOR_INVALID}, never silently the first page.
 */
public final class Cursor {

    private static final String PREFIX = "k1:";
    private static final int MAX_LENGTH = 512;

    private Cursor() {
    }

    /** The cursor after the given key. */
    public static String after(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    /** The key a cursor stands for, null for no cursor; a malformed cursor is refused. */
    public static String key(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        if (cursor.length() > MAX_LENGTH || !cursor.matches("[A-Za-z0-9_-]+")) {
            throw invalid(cursor);
        }
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
        if (!decoded.startsWith(PREFIX) || decoded.length() == PREFIX.length()) {
            throw invalid(cursor);
        }
        return decoded.substring(PREFIX.length());
    }

    /** The page of the given records, with the next cursor when the page is full. */
    public static <T> Page<T> page(List<T> items, int limit, java.util.function.Function<T, String> key) {
        String next = items.size() < limit || items.isEmpty() ? null : after(key.apply(items.get(items.size() - 1)));
        return new Page<>(items, next);
    }

    private static DomainProblem invalid(String ignored) {
        return new DomainProblem(ProblemKind.BAD_REQUEST, "CURSOR_INVALID", "分页游标无效",
                "分页游标无效，请使用上一页返回的 nextCursor",
                List.of(new FieldProblem("cursor", "CURSOR_INVALID", "分页游标无效")));
    }
}
