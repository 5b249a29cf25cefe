package cn.shuangsuiji.registry.domain.item;

import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.time.Instant;
import java.util.Objects;

/**
 * 认领 — a lower-level department took a higher-level department's published item into its own list.
 *
 * @param department   the claiming department
 * @param version      the item version in force when it was claimed
 * @param claimedAt    when
 */
public record ItemClaim(DepartmentId department, int version, Instant claimedAt) {

    public ItemClaim {
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(claimedAt, "claimedAt");
    }
}
