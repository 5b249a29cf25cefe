package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.item.JointItemListId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.List;
import java.util.Objects;

/** 公布联合抽查事项清单 — publish a joint item list of several departments' published items. */
public record PublishJointItemListCommand(JointItemListId id, String name, DepartmentId initiator,
                                          List<DepartmentId> participants, List<Item> items) {

    public PublishJointItemListCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(initiator, "initiator");
        participants = List.copyOf(participants);
        items = List.copyOf(items);
    }

    /** An item and the participating department that brings it. */
    public record Item(DepartmentId department, InspectionItemId itemId) {

        public Item {
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(itemId, "itemId");
        }
    }
}
