package cn.shuangsuiji.planning.domain.plan;

import java.util.Objects;
import java.util.Set;

/**
 * 已知抽查事项 — what planning knows of one item version from the registry's events: its owner, whether it is
 * published, and which departments claimed (认领) it.
 */
public record CatalogItem(String itemId, int version, DepartmentId owner, boolean published,
                          Set<DepartmentId> claimedBy, String checkProject) {

    public CatalogItem {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(owner, "owner");
        claimedBy = claimedBy == null ? Set.of() : Set.copyOf(claimedBy);
    }

    /** Whether the department may plan this item: it owns it or claimed it. */
    public boolean usableBy(DepartmentId department) {
        return owner.equals(department) || claimedBy.contains(department);
    }
}
