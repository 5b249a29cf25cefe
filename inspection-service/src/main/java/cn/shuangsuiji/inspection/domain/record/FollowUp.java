package cn.shuangsuiji.inspection.domain.record;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** 后续处置 — one follow-up step of a department's result, with who and when. */
public record FollowUp(String followUpId, FollowUpKind kind, String targetDepartmentId, LocalDate date,
                       LocalDate dueDate, String outcome, String note, String bySubject, String byName, Instant at) {

    public FollowUp {
        Objects.requireNonNull(followUpId, "followUpId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        note = note == null ? "" : note;
    }
}
