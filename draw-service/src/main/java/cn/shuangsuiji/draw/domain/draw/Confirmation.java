package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.platform.error.DomainProblem;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * 结果确认 — the drawn result confirmed by one person in one role (S2 20: 抽取人、监督人和见证人).
 *
 * @param role DRAWER (抽取人), SUPERVISOR (监督人, the department head) or WITNESS (见证人)
 * @param by   the confirming person (token subject; a witness's registered name)
 * @param at   when
 */
public record Confirmation(String role, String by, Instant at) {

    /** The roles that confirm a result (S2 20). */
    public enum Role {
        DRAWER, SUPERVISOR, WITNESS;

        public static Role of(String code) {
            return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst()
                    .orElseThrow(() -> DomainProblem.invalid("DRAW_CONFIRMATION_ROLE", "确认身份 " + code
                            + " 不在规定范围内，应为 DRAWER（抽取人）、SUPERVISOR（监督人）或 WITNESS（见证人）", List.of()));
        }
    }

    public Confirmation {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
