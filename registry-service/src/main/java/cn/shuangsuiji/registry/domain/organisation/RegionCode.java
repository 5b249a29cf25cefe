package cn.shuangsuiji.registry.domain.organisation;

import java.util.Objects;

/** 行政区划代码 — a six-digit GB/T 2260 administrative region code. */
public record RegionCode(String value) {

    public RegionCode {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[1-9][0-9]{5}")) {
            throw new IllegalArgumentException("行政区划代码应为 6 位数字");
        }
    }

    /** The province-level code this region belongs to (first two digits, then zeros). */
    public RegionCode province() {
        return new RegionCode(value.substring(0, 2) + "0000");
    }

    @Override
    public String toString() {
        return value;
    }
}
