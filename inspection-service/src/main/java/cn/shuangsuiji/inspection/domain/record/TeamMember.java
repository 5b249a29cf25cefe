package cn.shuangsuiji.inspection.domain.record;

import java.util.Objects;

/** 检查组成员 — a drawn inspector and their department. */
public record TeamMember(String inspectorId, String departmentId) {

    public TeamMember {
        Objects.requireNonNull(inspectorId, "inspectorId");
    }
}
