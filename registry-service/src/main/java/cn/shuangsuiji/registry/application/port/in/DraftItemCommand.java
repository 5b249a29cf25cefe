package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.item.ItemContent;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.util.Objects;
import java.util.Optional;

/** 起草抽查事项 — draft a new item in a department's list (version 1); the id is generated when absent. */
public record DraftItemCommand(Optional<InspectionItemId> id, DepartmentId owner, ItemContent content) {

    public DraftItemCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(content, "content");
    }
}
