package cn.shuangsuiji.registry.domain.organisation;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * 执法部门 — a department that keeps item lists and registries and inspects (rules.md §1).
 *
 * @param id         its id
 * @param name       full name, e.g. 曲阳县市场监督管理局
 * @param type       department type
 * @param level      province, city or county
 * @param regionCode its administrative region
 * @param parentId   the department above it in the same line, if any
 * @param registeredAt when it was registered
 * @param version    optimistic-concurrency version
 */
public record Department(DepartmentId id, String name, DepartmentType type, AdministrativeLevel level,
                         RegionCode regionCode, Optional<DepartmentId> parentId, Instant registeredAt, long version) {

    public Department {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(parentId, "parentId");
        Objects.requireNonNull(registeredAt, "registeredAt");
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new DomainProblem(ProblemKind.INVALID, "DEPARTMENT_NAME_INVALID", "部门名称无效",
                    "部门名称不能为空且不超过 100 字");
        }
    }

    /**
     * Registers a department under an optional parent, which must be of a higher level.
     */
    public static Department register(DepartmentId id, String name, DepartmentType type, AdministrativeLevel level,
                                      RegionCode regionCode, Optional<Department> parent, Instant now) {
        parent.ifPresent(p -> {
            if (!p.level().isAbove(level)) {
                throw new DomainProblem(ProblemKind.INVALID, "DEPARTMENT_PARENT_LEVEL", "上级部门层级不符",
                        "上级部门（" + p.level().chineseName() + "）必须高于本部门（" + level.chineseName() + "）");
            }
        });
        return new Department(id, name.trim(), type, level, regionCode, parent.map(Department::id), now, 0);
    }
}
