package cn.shuangsuiji.registry.domain.item;

import java.math.BigDecimal;
import java.util.List;

final class ItemTestData {

    private ItemTestData() {
    }

    static ItemContent content(String project) {
        return new ItemContent(project, List.of(SubItem.of("营业执照规范悬挂"), SubItem.of("年度报告公示")),
                "检查企业公示信息的真实性", "《企业信息公示暂行条例》第十四条", InspectionMethod.ON_SITE,
                InspectionObjectType.ENTERPRISE, ItemCategory.GENERAL, new BigDecimal("0.03"), 1);
    }
}
