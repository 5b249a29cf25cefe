package cn.shuangsuiji.registry.domain.item;

import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.Objects;

/**
 * 联合清单条目 — one published item in a joint list, pinned to the version in force when the list was
 * published.
 *
 * @param itemId     the item
 * @param version    the published version taken
 * @param department the participating department that brings the item (its owner or a claimant)
 * @param checkProject the item's check project, for display
 */
public record JointItemEntry(InspectionItemId itemId, int version, DepartmentId department, String checkProject) {

    public JointItemEntry {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(checkProject, "checkProject");
    }
}
