package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import java.util.List;

/** 随机抽查事项清单 — draft, version, publish, withdraw and claim inspection items. */
public interface ItemUseCases {

    /** Drafts a new item (version 1). */
    InspectionItem draft(DraftItemCommand command);

    /** Edits a draft version; published versions are refused. */
    InspectionItem editDraft(EditItemDraftCommand command);

    /** Drafts version n+1 of an item. */
    InspectionItem revise(ReviseItemCommand command);

    /** Publishes a draft version and publishes {@code InspectionItemPublished}. */
    InspectionItem publish(PublishItemCommand command);

    /** Withdraws the version in force and publishes {@code InspectionItemWithdrawn}. */
    InspectionItem withdraw(WithdrawItemCommand command);

    /** Claims a published item for a lower-level department and publishes {@code InspectionItemClaimed}. */
    InspectionItem claim(ClaimItemCommand command);

    /** The item, or a 404 problem {@code ITEM_NOT_FOUND}. */
    InspectionItem get(InspectionItemId id);

    boolean exists(InspectionItemId id);

    /** One keyset page. */
    List<InspectionItem> list(ItemListQuery query);
}
