package cn.shuangsuiji.planning.domain.plan;

import java.util.Objects;

/** 经办人 — who acts: a user of a department (the subject of the verified access token and
 * the department it acts for; built by the application layer from the platform's authenticated actor). */
public record Actor(String userId, DepartmentId departmentId) {

    public Actor {
        Objects.requireNonNull(departmentId, "departmentId");
        if (userId == null || userId.isBlank() || userId.length() > 64) {
            throw new IllegalArgumentException("用户标识不能为空且不超过 64 字符");
        }
    }
}
