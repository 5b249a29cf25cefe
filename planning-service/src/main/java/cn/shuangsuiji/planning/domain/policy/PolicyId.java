package cn.shuangsuiji.planning.domain.policy;

import java.util.Objects;

/** 政策标识 — the id of a jurisdiction or department policy (stable across its versions). */
public record PolicyId(String value) {

    /** The built-in national default policy, from rules.md. */
    public static final PolicyId DEFAULT = new PolicyId("default");

    public PolicyId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("政策标识只能包含字母、数字、下划线和连字符（1 至 64 位）");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
