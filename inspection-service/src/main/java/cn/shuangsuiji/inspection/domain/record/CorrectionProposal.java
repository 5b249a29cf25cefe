package cn.shuangsuiji.inspection.domain.record;

import java.time.Instant;
import java.util.Objects;

/** 更正申请 — a proposed correction awaiting the department head's sign-off (S1 22). */
public record CorrectionProposal(ResultForm form, String reason, String proposedBy, String proposedByName,
                                 Instant proposedAt) {

    public CorrectionProposal {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(proposedBy, "proposedBy");
    }
}
