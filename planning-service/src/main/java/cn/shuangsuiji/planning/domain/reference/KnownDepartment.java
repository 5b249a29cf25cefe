package cn.shuangsuiji.planning.domain.reference;

import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import java.util.Objects;
import java.util.Optional;

/** 已知部门 — what planning knows of a department from the registry's {@code DepartmentRegistered} events. */
public record KnownDepartment(DepartmentId id, String name, String type, String level, String regionCode,
                              Optional<DepartmentId> parentId) {

    public KnownDepartment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(parentId, "parentId");
    }
}
