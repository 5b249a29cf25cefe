package cn.shuangsuiji.platform.error;

import java.util.Objects;

/**
 * 字段错误 — one rejected field of a request.
 *
 * @param field   the field's path, e.g. {@code uscc} or {@code licences[0].validUntil}
 * @param code    stable error code, e.g. {@code USCC_CHECK_CHARACTER}
 * @param message Chinese message for people
 */
public record FieldProblem(String field, String code, String message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
