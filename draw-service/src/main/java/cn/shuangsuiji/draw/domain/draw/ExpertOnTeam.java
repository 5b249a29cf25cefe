package cn.shuangsuiji.draw.domain.draw;

import java.time.Instant;
import java.util.Objects;

/**
 * 组内专家 — an expert helping a target's team with a field of expertise (专业领域, S0 9; S3 一(一)): DRAWN with the
 * draw's seed (docs/draw-protocol.md §8a) or ASSIGNED by the department head with a reason. Not a team member: never
 * the leader, not counted toward the team size, records no results (S2 15: not an inspector).
 *
 * @param targetId     the target whose team the expert helps
 * @param expertId     the expert's id in the expert library
 * @param departmentId the department whose library keeps the expert
 * @param field        the field of expertise
 * @param mode         {@link #DRAWN} or {@link #ASSIGNED}
 * @param reason       the head's reason (ASSIGNED), else null
 * @param assignedBy   the head (ASSIGNED), else null
 * @param assignedAt   when assigned (ASSIGNED), else null
 */
public record ExpertOnTeam(String targetId, String expertId, String departmentId, String field, String mode,
                           String reason, String assignedBy, Instant assignedAt) {
    public static final String DRAWN = "DRAWN";
    public static final String ASSIGNED = "ASSIGNED";

    public ExpertOnTeam {
        Objects.requireNonNull(targetId, "targetId");
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(mode, "mode");
    }

    /** A drawn expert. */
    public static ExpertOnTeam drawn(String targetId, String expertId, String departmentId, String field) {
        return new ExpertOnTeam(targetId, expertId, departmentId, field, DRAWN, null, null, null);
    }
}
