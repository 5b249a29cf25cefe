package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.organisation.AdministrativeLevel;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentType;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import java.util.Objects;
import java.util.Optional;

/** 登记部门 — register a department. */
public record RegisterDepartmentCommand(DepartmentId id, String name, DepartmentType type, AdministrativeLevel level,
                                        RegionCode regionCode, Optional<DepartmentId> parentId) {

    public RegisterDepartmentCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(regionCode, "regionCode");
        Objects.requireNonNull(parentId, "parentId");
    }
}
