package cn.shuangsuiji.planning.domain.plan;

import java.util.Objects;

/** 计划标识 — the id of a plan, stable across its versions. */
public record PlanId(String value) {

    public PlanId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("计划标识只能包含字母、数字、下划线和连字符（1 至 64 位）");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
