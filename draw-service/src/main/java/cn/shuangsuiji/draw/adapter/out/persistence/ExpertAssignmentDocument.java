package cn.shuangsuiji.draw.adapter.out.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An expert a department head assigned to a drawn team (指派专家, S0 9). */
@Document("draw_expert_assignments")
record ExpertAssignmentDocument(@Id String id, @Indexed String drawId, String targetId, String expertId,
                                String departmentId, String field, String reason, String assignedBy,
                                Instant assignedAt) {
}
