package cn.shuangsuiji.planning.domain.plan;

import cn.shuangsuiji.planning.domain.policy.CreditClass;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * 抽查对象范围 — the part of the entity registry a task draws from; empty means "no restriction" on that
 * dimension. Values are kept sorted so equal scopes compare equal.
 */
public record ObjectScope(Set<String> objectTypes, Set<String> regionCodes, Set<String> industries,
                          Set<String> tags, Set<CreditClass> creditClasses, Set<String> includeEntityIds,
                          Set<String> excludeEntityIds) {

    public ObjectScope {
        objectTypes = sorted(objectTypes);
        regionCodes = sorted(regionCodes);
        industries = sorted(industries);
        tags = sorted(tags);
        creditClasses = creditClasses == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(creditClasses));
        includeEntityIds = sorted(includeEntityIds);
        excludeEntityIds = sorted(excludeEntityIds);
        for (String region : regionCodes) {
            if (!region.matches("[1-9][0-9]{5}")) {
                throw new IllegalArgumentException("行政区划代码应为 6 位数字：" + region);
            }
        }
    }

    /** No restriction at all. */
    public static ObjectScope everything() {
        return new ObjectScope(null, null, null, null, null, null, null);
    }

    private static Set<String> sorted(Set<String> values) {
        return values == null ? Set.of() : java.util.Collections.unmodifiableSet(new TreeSet<>(values));
    }

    static List<String> list(Set<String> values) {
        return List.copyOf(values);
    }
}
