package cn.shuangsuiji.contracts.planning;

import java.util.List;

/**
 * 抽查对象范围 — which entities of the registry a task draws from. Empty lists mean "no restriction" on that
 * dimension; include ids are always in the population (if they match nothing else), exclude ids never are.
 *
 * @param objectTypes      entity/object types, e.g. ENTERPRISE, INDIVIDUAL_BUSINESS
 * @param regionCodes      GB/T 2260 region codes (a code covers the regions below it)
 * @param industries       industry codes
 * @param tags             classification tags (分类标注)
 * @param creditClasses    credit-risk classes (信用风险分类) A..E
 * @param includeEntityIds entity ids always in scope
 * @param excludeEntityIds entity ids never in scope
 */
public record PlanObjectScope(List<String> objectTypes, List<String> regionCodes, List<String> industries,
                              List<String> tags, List<String> creditClasses, List<String> includeEntityIds,
                              List<String> excludeEntityIds) {

    public PlanObjectScope {
        objectTypes = copy(objectTypes);
        regionCodes = copy(regionCodes);
        industries = copy(industries);
        tags = copy(tags);
        creditClasses = copy(creditClasses);
        includeEntityIds = copy(includeEntityIds);
        excludeEntityIds = copy(excludeEntityIds);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
