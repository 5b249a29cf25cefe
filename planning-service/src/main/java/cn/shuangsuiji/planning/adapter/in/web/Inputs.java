package cn.shuangsuiji.planning.adapter.in.web;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.function.Supplier;

/** Turns malformed values rejected by domain constructors into a 422 problem instead of a 500. */
final class Inputs {

    private Inputs() {
    }

    static <T> T parse(Supplier<T> build) {
        try {
            return build.get();
        } catch (IllegalArgumentException e) {
            throw new DomainProblem(ProblemKind.INVALID, "REQUEST_VALUE_INVALID", "请求内容无效", e.getMessage());
        }
    }
}
