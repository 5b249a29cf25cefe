package cn.shuangsuiji.inspection.domain.record;

import java.util.Objects;

/** 处置措施 — one measure taken, with an optional note. */
public record Measure(MeasureKind kind, String note) {

    public Measure {
        Objects.requireNonNull(kind, "kind");
        note = note == null ? "" : note;
    }
}
