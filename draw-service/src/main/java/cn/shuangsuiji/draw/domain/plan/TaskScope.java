package cn.shuangsuiji.draw.domain.plan;

import cn.shuangsuiji.draw.domain.snapshot.EntityRecord;
import cn.shuangsuiji.draw.domain.snapshot.EntityRow;
import java.util.List;

/**
 * 抽查对象范围 — which entities a task draws from; an empty list does not restrict; include ids are always in
 * scope, exclude ids never.
 */
public record TaskScope(List<String> objectTypes, List<String> regionCodes, List<String> industries,
                        List<String> tags, List<String> creditClasses, List<String> includeEntityIds,
                        List<String> excludeEntityIds) {

    public TaskScope {
        objectTypes = copy(objectTypes);
        regionCodes = copy(regionCodes);
        industries = copy(industries);
        tags = copy(tags);
        creditClasses = copy(creditClasses);
        includeEntityIds = copy(includeEntityIds);
        excludeEntityIds = copy(excludeEntityIds);
    }

    public static TaskScope everything() {
        return new TaskScope(null, null, null, null, null, null, null);
    }

    /** Whether the entity is in the task's population (region codes cover the regions below them). */
    public boolean covers(EntityRecord e) {
        if (excludeEntityIds.contains(e.id())) {
            return false;
        }
        if (includeEntityIds.contains(e.id())) {
            return true;
        }
        return (objectTypes.isEmpty() || objectTypes.contains(e.objectType()))
                && (regionCodes.isEmpty() || regionCodes.stream().anyMatch(r -> covers(r, e.regionCode())))
                && (industries.isEmpty() || industries.contains(e.industry()))
                && (creditClasses.isEmpty() || creditClasses.contains(e.creditClass()))
                && (tags.isEmpty() || e.tags().stream().anyMatch(tags::contains));
    }

    /**
     * The same test over a streamed row ({@link EntityRow}); allocates nothing unless the scope lists entity ids.
     */
    public boolean covers(EntityRow e) {
        if (!excludeEntityIds.isEmpty() || !includeEntityIds.isEmpty()) {
            String id = e.id();
            if (excludeEntityIds.contains(id)) {
                return false;
            }
            if (includeEntityIds.contains(id)) {
                return true;
            }
        }
        if (!objectTypes.isEmpty() && !objectTypes.contains(e.objectType())) {
            return false;
        }
        if (!regionCodes.isEmpty() && !anyRegionCovers(e.regionCode())) {
            return false;
        }
        return (industries.isEmpty() || industries.contains(e.industry()))
                && (creditClasses.isEmpty() || creditClasses.contains(e.creditClass()))
                && (tags.isEmpty() || e.hasAnyTag(tags));
    }

    private boolean anyRegionCovers(String code) {
        if (code == null) {
            return false;
        }
        for (String region : regionCodes) {
            int len = region.length();
            while (len >= 2 && region.charAt(len - 1) == '0' && region.charAt(len - 2) == '0') {
                len -= 2; // the prefix of covers(String, String): trailing "00" pairs removed
            }
            if (code.regionMatches(0, region, 0, len)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(String region, String code) {
        if (code == null) {
            return false;
        }
        String prefix = region.replaceAll("(00)+$", "");
        return code.startsWith(prefix);
    }

    private static List<String> copy(List<String> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
