package cn.shuangsuiji.disclosure.adapter.in.web;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.List;
import java.util.Locale;

/** How a name query matches: prefix (前缀) or contains (包含). */
enum MatchMode {
    PREFIX, CONTAINS;

    static MatchMode parse(String value) {
        try {
            return valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "MATCH_INVALID", "匹配方式无效", "match 只能是 prefix 或 contains",
                    List.of(new FieldProblem("match", "MATCH_INVALID", "match 只能是 prefix 或 contains")));
        }
    }
}
