package cn.shuangsuiji.planning.domain.plan;

import java.util.Objects;

/** 部门标识 — the id of a department, as the registry assigns it. */
public record DepartmentId(String value) implements Comparable<DepartmentId> {

    public DepartmentId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("部门标识只能包含字母、数字、下划线和连字符（1 至 64 位）");
        }
    }

    @Override
    public int compareTo(DepartmentId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
