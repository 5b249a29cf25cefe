package cn.shuangsuiji.draw.domain.draw;

import java.util.Objects;
import java.util.UUID;

/** 抽取编号 — the id of one draw attempt. */
public record DrawId(String value) {

    public DrawId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 64) {
            throw new IllegalArgumentException("draw id must have 1..64 characters");
        }
    }

    public static DrawId next(int year) {
        return new DrawId("draw-" + year + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    @Override
    public String toString() {
        return value;
    }
}
