package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;

/** ETag/If-Match handling shared by the registry controllers (the caller is always the {@code Actor}). */
final class RegistryWebSupport {

    private RegistryWebSupport() {
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version an update expects: 428 without If-Match, 412 for an unreadable one. */
    static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new DomainProblem(ProblemKind.PRECONDITION_REQUIRED, "PRECONDITION_REQUIRED", "缺少 If-Match",
                    "修改前请先读取记录，并在 If-Match 请求头中带上它的 ETag");
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new DomainProblem(ProblemKind.PRECONDITION_FAILED, "PRECONDITION_FAILED", "数据已被修改",
                    "If-Match 与记录的 ETag 不符：" + ifMatch);
        }
    }
}
