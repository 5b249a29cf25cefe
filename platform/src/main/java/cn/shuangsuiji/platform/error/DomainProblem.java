package cn.shuangsuiji.platform.error;

import java.util.List;
import java.util.Objects;

/**
 * 业务问题 — a refusal with a stable code and a Chinese explanation, thrown by domain and application code
 * (plain Java, no Spring) and rendered as RFC 9457 problem details at the web edge.
 */
public class DomainProblem extends RuntimeException {

    private final String code;
    private final ProblemKind kind;
    private final String title;
    private final List<FieldProblem> fieldProblems;

    public DomainProblem(ProblemKind kind, String code, String title, String detail) {
        this(kind, code, title, detail, List.of());
    }

    public DomainProblem(ProblemKind kind, String code, String title, String detail, List<FieldProblem> fieldProblems) {
        super(detail);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.title = Objects.requireNonNull(title, "title");
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    /** Stable machine-readable code, e.g. {@code PLAN_RATIO_BELOW_POLICY}. */
    public String code() {
        return code;
    }

    public ProblemKind kind() {
        return kind;
    }

    /** Short Chinese title. */
    public String title() {
        return title;
    }

    /** Chinese detail. */
    public String detail() {
        return getMessage();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    /** A 404 for an unknown id. */
    public static DomainProblem notFound(String code, String what, String id) {
        return new DomainProblem(ProblemKind.NOT_FOUND, code, "未找到" + what, what + "不存在：" + id);
    }

    /** A 422 with field errors. */
    public static DomainProblem invalid(String code, String detail, List<FieldProblem> fields) {
        return new DomainProblem(ProblemKind.INVALID, code, "数据校验未通过", detail, fields);
    }
}
