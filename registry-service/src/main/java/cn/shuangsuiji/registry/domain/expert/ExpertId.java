package cn.shuangsuiji.registry.domain.expert;

import java.util.Objects;

/** 专家标识 — the id of an expert. */
public record ExpertId(String value) {

    public ExpertId {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{1,64}")) {
            throw new IllegalArgumentException("专家标识只能包含字母、数字、下划线和连字符（1 至 64 位）");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
