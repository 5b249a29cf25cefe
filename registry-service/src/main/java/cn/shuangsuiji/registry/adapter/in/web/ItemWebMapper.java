package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.ItemContent;
import cn.shuangsuiji.registry.domain.item.WorkingGuideline;
import cn.shuangsuiji.registry.domain.item.ItemVersion;
import cn.shuangsuiji.registry.domain.item.SubItem;
import java.util.List;

/** Maps between item DTOs and the domain. */
final class ItemWebMapper {

    private ItemWebMapper() {
    }

    static ItemContent toContent(ItemContentRequest r) {
        return new ItemContent(r.checkProject(),
                r.subItems().stream().map(s -> new SubItem(s.name(), s.allowedResults())).toList(), r.content(),
                r.legalBasis(), r.method(), r.objectType(), r.category(), r.defaultRatio(), r.defaultFrequency(),
                r.guideline() == null ? null : new WorkingGuideline(r.guideline().text(),
                        r.guideline().attachments() == null ? List.of() : r.guideline().attachments().stream()
                                .map(a -> new WorkingGuideline.Attachment(a.name(), a.uri(), a.sha256())).toList()),
                r.inspectorRequirements(), r.remarks(), r.expertise());
    }

    static ItemResponse toResponse(InspectionItem item) {
        return new ItemResponse(item.id().value(), item.owner().value(),
                item.published().map(ItemVersion::number).orElse(null), item.latest().number(),
                item.versions().stream().map(ItemWebMapper::toResponse).toList(),
                item.claims().stream().map(c -> new ItemResponse.Claim(c.department().value(), c.version(),
                        c.claimedAt())).toList(), item.revision());
    }

    private static ItemResponse.Version toResponse(ItemVersion v) {
        ItemContent c = v.content();
        List<ItemResponse.SubItem> subItems = c.subItems().stream()
                .map(s -> new ItemResponse.SubItem(s.name(), s.allowedResults())).toList();
        return new ItemResponse.Version(v.number(), v.status().name(), v.status().chineseName(), c.checkProject(),
                subItems, c.content(), c.legalBasis(), c.method().name(), c.method().chineseName(),
                c.objectType().name(), c.objectType().chineseName(), c.category().name(), c.category().chineseName(),
                c.defaultRatio(), c.defaultFrequency(), v.createdAt(), v.publishedAt().orElse(null),
                v.endedAt().orElse(null), v.withdrawalReason().orElse(null), c.guideline(),
                c.inspectorRequirements(), c.remarks(), c.expertise());
    }
}
