package cn.shuangsuiji.registry.domain.item;

import java.util.Objects;

/** 联合抽查事项清单标识 — the id of a joint item list. */
public record JointItemListId(String value) {

    public JointItemListId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("联合清单标识只能包含字母、数字、下划线和连字符（1 至 64 位）");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
