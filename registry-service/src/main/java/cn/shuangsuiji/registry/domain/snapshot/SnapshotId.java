package cn.shuangsuiji.registry.domain.snapshot;

import cn.shuangsuiji.registry.domain.validation.Patterns;
import java.util.Objects;

/** 快照标识 — the id of a registry snapshot. */
public record SnapshotId(String value) {

    public SnapshotId {
        Objects.requireNonNull(value, "value");
        if (!Patterns.matches(Patterns.ID, value)) {
            throw new IllegalArgumentException("快照标识格式错误");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
