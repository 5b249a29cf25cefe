package cn.shuangsuiji.registry.domain.item;

import java.util.Objects;

/** 抽查事项标识 — the stable id of an inspection item across its versions, e.g. {@code item-qy-amr-001}. */
public record InspectionItemId(String value) {

    public InspectionItemId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("抽查事项标识只能包含字母、数字、下划线和连字符（1 至 64 位）");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
