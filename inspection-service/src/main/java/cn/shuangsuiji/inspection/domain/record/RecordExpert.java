package cn.shuangsuiji.inspection.domain.record;

import java.util.Objects;

/**
 * 协助专家 — an expert helping the team with a field of expertise (专业领域, S0 9; S3 一(一)): DRAWN with the draw's seed
 * or ASSIGNED by the department head with a reason. Not an inspector (S2 15): not a team member, never the leader,
 * records no results. Ids only: no name, phone or relation.
 *
 * @param expertId     the expert's id in the expert library
 * @param departmentId the department whose library keeps the expert
 * @param field        the field of expertise
 * @param mode         DRAWN or ASSIGNED
 * @param reason       the head's reason when ASSIGNED
 */
public record RecordExpert(String expertId, String departmentId, String field, String mode, String reason) {
    public RecordExpert {
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(mode, "mode");
    }
}
