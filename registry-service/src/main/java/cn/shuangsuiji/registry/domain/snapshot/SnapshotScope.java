package cn.shuangsuiji.registry.domain.snapshot;

import cn.shuangsuiji.registry.domain.validation.Patterns;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.entity.ObjectType;
import java.util.List;
import java.util.Objects;

/**
 * 快照范围 — the population a confirmation freezes: the departments' registries, optionally narrowed to regions
 * and (for entities) object types. Lists are kept sorted so equal scopes compare equal.
 */
public record SnapshotScope(List<String> departmentIds, List<String> regionCodes, List<String> objectTypes) {

    public SnapshotScope {
        departmentIds = sorted(departmentIds);
        regionCodes = sorted(regionCodes);
        objectTypes = sorted(objectTypes);
        if (departmentIds.isEmpty()) {
            throw DomainProblem.invalid("SNAPSHOT_SCOPE_INVALID", "确认范围至少包含一个部门",
                    List.of(new FieldProblem("departmentIds", "REQUIRED", "至少选择一个部门")));
        }
        for (String type : objectTypes) {
            if (ObjectType.parse(type) == null) {
                throw DomainProblem.invalid("SNAPSHOT_SCOPE_INVALID", "检查对象类型无效：" + type,
                        List.of(new FieldProblem("objectTypes", "ENUM_VALUE", "检查对象类型无效：" + type)));
            }
        }
        objectTypes = objectTypes.stream().map(t -> ObjectType.parse(t).name()).distinct().sorted().toList();
        for (String region : regionCodes) {
            if (!Patterns.matches(Patterns.REGION_CODE, region)) {
                throw DomainProblem.invalid("SNAPSHOT_SCOPE_INVALID", "行政区划代码格式错误：" + region,
                        List.of(new FieldProblem("regionCodes", "REGION_CODE_FORMAT", "行政区划代码应为 6 位数字")));
            }
        }
    }

    private static List<String> sorted(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).map(String::trim)
                .filter(v -> !v.isEmpty()).distinct().sorted().toList();
    }
}
