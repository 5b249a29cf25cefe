package cn.shuangsuiji.inspection.domain.record;

import java.time.Instant;

/** 记录履历 — one step in a record's history: when, who, what (全程留痕). */
public record HistoryEntry(Instant at, String subject, String name, String departmentId, String action,
                           String detail) {
}
