package cn.shuangsuiji.inspection.domain.record;

import java.util.Objects;

/**
 * 操作人 — who did something to a record, as the domain sees them (taken from the verified token at the edge).
 *
 * @param subject      user name (or system component)
 * @param name         display name
 * @param departmentId the department, or null
 * @param inspectorId  the inspector registry id, or null
 */
public record Who(String subject, String name, String departmentId, String inspectorId) {

    public Who {
        Objects.requireNonNull(subject, "subject");
        name = name == null ? subject : name;
    }

    public static Who system(String component) {
        return new Who("system:" + component, "系统", null, null);
    }
}
