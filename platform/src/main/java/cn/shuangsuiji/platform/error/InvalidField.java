package cn.shuangsuiji.platform.error;

import java.util.Objects;

/**
 * 字段无效 — a constructor's refusal of one named field (plain Java, for domain values and commands). The web edge
 * renders it with {@code errors[{field, code, message}]}; a mapper that knows where the value sits in the request
 * adds that path with {@link #under(String)} (e.g. {@code tasks[2]} + {@code name} → {@code tasks[2].name}).
 */
public class InvalidField extends IllegalArgumentException {

    private final String field;
    private final String code;

    /**
     * @param field   the field's name or path inside the value, e.g. {@code name}
     * @param code    stable code, e.g. {@code TASK_NAME_LENGTH}
     * @param message Chinese explanation, without the rejected value
     */
    public InvalidField(String field, String code, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.field = Objects.requireNonNull(field, "field");
        this.code = Objects.requireNonNull(code, "code");
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }

    /** The same refusal, with the path of the enclosing value in front ({@code tasks[2]} → {@code tasks[2].name}). */
    public InvalidField under(String path) {
        if (path == null || path.isBlank()) {
            return this;
        }
        InvalidField moved = new InvalidField(path + (field.startsWith("[") ? "" : ".") + field, code, getMessage());
        moved.initCause(this);
        return moved;
    }

    /** As a field error of a problem. */
    public FieldProblem toFieldProblem() {
        return new FieldProblem(field, code, getMessage());
    }
}
