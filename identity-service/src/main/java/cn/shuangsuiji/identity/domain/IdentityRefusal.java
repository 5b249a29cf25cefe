package cn.shuangsuiji.identity.domain;

import java.util.List;
import java.util.Objects;

/**
 * 拒绝 — the domain refuses a request, with a stable code and a Chinese explanation; the web edge decides the
 * HTTP status from the {@link Kind}.
 */
public final class IdentityRefusal extends RuntimeException {

    /** What kind of refusal this is. */
    public enum Kind { INVALID, NOT_FOUND }

    /** One field that did not pass validation. */
    public record FieldError(String field, String code, String message) {
    }

    private final Kind kind;
    private final String code;
    private final String title;
    private final List<FieldError> fieldErrors;

    public IdentityRefusal(Kind kind, String code, String title, String detail, List<FieldError> fieldErrors) {
        super(detail);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    /** A validation refusal with field errors. */
    public static IdentityRefusal invalid(String code, String detail, List<FieldError> fieldErrors) {
        return new IdentityRefusal(Kind.INVALID, code, "数据校验未通过", detail, fieldErrors);
    }

    /** An unknown user. */
    public static IdentityRefusal userNotFound(Username username) {
        return new IdentityRefusal(Kind.NOT_FOUND, "USER_NOT_FOUND", "未找到用户", "用户不存在：" + username.value(),
                List.of());
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
