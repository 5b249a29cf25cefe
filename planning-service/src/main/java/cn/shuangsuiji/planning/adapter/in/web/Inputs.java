package cn.shuangsuiji.planning.adapter.in.web;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.InvalidField;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.List;
import java.util.function.Supplier;

/** Turns malformed values rejected by domain constructors into a 422 problem instead of a 500. */
final class Inputs {

    private Inputs() {
    }

    static <T> T parse(Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidField e) {
            throw new DomainProblem(ProblemKind.INVALID, "REQUEST_VALUE_INVALID", "请求内容无效",
                    "字段 " + e.field() + " " + e.getMessage(), List.of(e.toFieldProblem()));
        } catch (IllegalArgumentException e) {
            throw new DomainProblem(ProblemKind.INVALID, "REQUEST_VALUE_INVALID", "请求内容无效", e.getMessage());
        }
    }

    /**
     * Builds the value found at {@code path} of the request (e.g. {@code tasks[2]}); a refusal names that field:
     * an {@link InvalidField} with the path in front, any other refusal as the whole value at the path.
     */
    static <T> T field(String path, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidField e) {
            throw e.under(path);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage() != null && e.getMessage().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                    ? e.getMessage() : "取值无效（如信用类别、层级不是允许的取值）";
            InvalidField refused = new InvalidField(path, "INVALID_VALUE", message);
            refused.initCause(e);
            throw refused;
        }
    }
}
