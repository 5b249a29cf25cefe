package cn.shuangsuiji.planning.domain.plan;

import java.util.Objects;

/** 任务标识 — the id of a task within a plan. */
public record TaskId(String value) {

    public TaskId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("任务标识只能包含字母、数字、下划线和连字符（1 至 64 位）");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
