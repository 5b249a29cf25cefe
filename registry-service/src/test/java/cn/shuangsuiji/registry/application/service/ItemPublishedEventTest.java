package cn.shuangsuiji.registry.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished.SubItemResults;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.item.InspectionMethod;
import cn.shuangsuiji.registry.domain.item.InspectionObjectType;
import cn.shuangsuiji.registry.domain.item.ItemCategory;
import cn.shuangsuiji.registry.domain.item.ItemContent;
import cn.shuangsuiji.registry.domain.item.SubItem;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The published item version's event carries every sub-item with the results an inspector may record for it. */
class ItemPublishedEventTest {

    @Test
    void eachSubItemTravelsWithItsOwnResultsOrTheDefaultOnes() {
        Instant now = Instant.parse("2026-03-01T02:00:00Z");
        ItemContent content = new ItemContent("食品经营者主体责任检查", List.of(
                new SubItem("证照悬挂", List.of("正常", "不正常", "不适用")), SubItem.of("从业人员健康证明")),
                "检查内容", "《食品安全法》", InspectionMethod.ON_SITE, InspectionObjectType.ENTERPRISE,
                ItemCategory.GENERAL, new BigDecimal("0.03"), 1);
        InspectionItem item = InspectionItem.draft(new InspectionItemId("amr-food"), new DepartmentId("qy-amr"),
                content, now).publish(1, now);

        InspectionItemPublished event = RegistryEventFactory.published(item, item.published().orElseThrow());

        assertThat(event.subItems()).containsExactly("证照悬挂", "从业人员健康证明");
        assertThat(event.subItemResults()).containsExactly(
                new SubItemResults("证照悬挂", List.of("正常", "不正常", "不适用")),
                new SubItemResults("从业人员健康证明", List.of("正常", "不正常")));
        assertThat(event.resultsOf("证照悬挂")).contains("不适用");
    }

    @Test
    void anEventWithoutSubItemResultsMeansNormalOrAbnormalForEverySubItem() {
        InspectionItemPublished old = new InspectionItemPublished(java.util.UUID.randomUUID(), Instant.now(), "i", 1,
                "qy-amr", "项目", List.of("子项"), "依据", "ON_SITE", "ENTERPRISE", "GENERAL", BigDecimal.ONE, 1);
        assertThat(old.subItemResults()).containsExactly(new SubItemResults("子项", List.of("正常", "不正常")));
        assertThat(old.resultsOf("子项")).containsExactly("正常", "不正常");
    }

    @Test
    void inspectorRequirementsAndRemarksOfTheItemListTravelInTheEvent() {
        Instant now = Instant.parse("2026-03-01T02:00:00Z");
        ItemContent content = new ItemContent("食品经营者主体责任检查", List.of(SubItem.of("证照悬挂")), "检查内容",
                "《食品安全法》", InspectionMethod.ON_SITE, InspectionObjectType.ENTERPRISE, ItemCategory.GENERAL,
                new BigDecimal("0.03"), 1, null, "  具有食品安全执法资格的检查人员 2 名以上 ", "节假日前加查");
        InspectionItem item = InspectionItem.draft(new InspectionItemId("amr-food"), new DepartmentId("qy-amr"),
                content, now).publish(1, now);

        InspectionItemPublished event = RegistryEventFactory.published(item, item.published().orElseThrow());

        assertThat(event.inspectorRequirements()).isEqualTo("具有食品安全执法资格的检查人员 2 名以上");
        assertThat(event.remarks()).isEqualTo("节假日前加查");
        InspectionItem plain = InspectionItem.draft(new InspectionItemId("amr-2"), new DepartmentId("qy-amr"),
                new ItemContent("项目", List.of(SubItem.of("子项")), "内容", "依据", InspectionMethod.ON_SITE,
                        InspectionObjectType.ENTERPRISE, ItemCategory.GENERAL, BigDecimal.ONE, 1), now).publish(1, now);
        InspectionItemPublished without = RegistryEventFactory.published(plain, plain.published().orElseThrow());
        assertThat(without.inspectorRequirements()).isNull();
        assertThat(without.remarks()).isNull();
    }
}
