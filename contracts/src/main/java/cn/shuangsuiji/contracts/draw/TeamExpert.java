package cn.shuangsuiji.contracts.draw;

import java.util.Objects;

/**
 * 组内专家 — an expert helping a team with a field of expertise (专业领域, S0 9; S3 一(一)). Not an inspector (S2 15):
 * not a team member, never the leader, records no results. Ids only: no name, phone or relation.
 *
 * @param expertId     the expert's id in the expert library (专家库)
 * @param departmentId the department whose library keeps the expert
 * @param field        the field of expertise the team needs
 * @param mode         DRAWN (抽取, from the draw's seed, in the bundle) or ASSIGNED (指派 by the department head)
 * @param reason       the head's reason when ASSIGNED, else null
 * @param assignedBy   who assigned (the head's subject) when ASSIGNED, else null
 */
public record TeamExpert(String expertId, String departmentId, String field, String mode, String reason,
                         String assignedBy) {
    public TeamExpert {
        Objects.requireNonNull(expertId, "expertId");
        Objects.requireNonNull(mode, "mode");
    }
}
