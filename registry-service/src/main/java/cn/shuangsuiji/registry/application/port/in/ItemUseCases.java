package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import java.util.List;

/**
 * 随机抽查事项清单 — draft, version, publish, withdraw and claim inspection items. The owning department's registry
 * clerk manages its items; a lower level's clerk claims (S1 13); every change is in the audit trail.
 */
public interface ItemUseCases {

    /** Drafts a new item (version 1). */
    InspectionItem draft(DraftItemCommand command, Actor actor);

    /** Edits a draft version; published versions are refused. */
    InspectionItem editDraft(EditItemDraftCommand command, Actor actor);

    /** Drafts version n+1 of an item. */
    InspectionItem revise(ReviseItemCommand command, Actor actor);

    /** Publishes a draft version and publishes {@code InspectionItemPublished}. */
    InspectionItem publish(PublishItemCommand command, Actor actor);

    /** Withdraws the version in force and publishes {@code InspectionItemWithdrawn}. */
    InspectionItem withdraw(WithdrawItemCommand command, Actor actor);

    /** Claims a published item for a lower-level department and publishes {@code InspectionItemClaimed}. */
    InspectionItem claim(ClaimItemCommand command, Actor actor);

    /** The item, or a 404 problem {@code ITEM_NOT_FOUND}. */
    InspectionItem get(InspectionItemId id);

    boolean exists(InspectionItemId id);

    /** One keyset page. */
    List<InspectionItem> list(ItemListQuery query);
}
