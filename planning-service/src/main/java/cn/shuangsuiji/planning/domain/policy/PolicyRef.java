package cn.shuangsuiji.planning.domain.policy;

import java.util.Objects;

/** 政策版本引用 — one version of a policy, as recorded in a plan (rules.md: "record which policy version applied"). */
public record PolicyRef(PolicyId id, int version) {

    public PolicyRef {
        Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("policy version starts at 1");
        }
    }
}
