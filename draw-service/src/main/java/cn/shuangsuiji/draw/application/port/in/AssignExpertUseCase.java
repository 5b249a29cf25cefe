package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.platform.error.InvalidField;
import cn.shuangsuiji.platform.security.Actor;
import java.util.Objects;

/**
 * 指派专家 — a department head assigns an expert of the department's expert library (专家库) to a drawn team, with a
 * reason (S0 9: drawn inspectors who cannot complete a professional item alone get professional help assigned by
 * their department).
 */
public interface AssignExpertUseCase {

    DrawView assign(Command command);

    /**
     * @param drawId   the executed draw
     * @param targetId the target whose team gets help
     * @param expertId the expert of the caller's department's library
     * @param field    the field of expertise (专业领域) the expert helps with
     * @param reason   why (required: 422 {@code EXPERT_REASON_REQUIRED} without it)
     * @param actor    the caller (a department head of a department of the draw, else 403)
     */
    record Command(String drawId, String targetId, String expertId, String field, String reason, Actor actor) {
        public Command {
            required(drawId, "drawId", "REQUIRED");
            required(targetId, "targetId", "REQUIRED");
            required(expertId, "expertId", "REQUIRED");
            required(field, "field", "REQUIRED");
            required(reason, "reason", "EXPERT_REASON_REQUIRED");
            Objects.requireNonNull(actor, "actor");
        }

        private static void required(String value, String name, String code) {
            if (value == null || value.isBlank()) {
                throw new InvalidField(name, code, "EXPERT_REASON_REQUIRED".equals(code) ? "指派专家须说明理由" : "必填");
            }
        }
    }
}
