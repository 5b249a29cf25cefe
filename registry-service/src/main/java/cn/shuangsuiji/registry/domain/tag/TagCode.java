package cn.shuangsuiji.registry.domain.tag;

import java.util.Objects;

/** 标签编码 — the code (and id) of a tag, e.g. {@code food.catering}. */
public record TagCode(String value) {

    public TagCode {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new IllegalArgumentException("标签编码只能包含字母、数字、点、下划线和连字符（1 至 64 位）");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
