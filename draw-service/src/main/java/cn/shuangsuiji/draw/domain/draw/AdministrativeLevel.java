package cn.shuangsuiji.draw.domain.draw;

import java.util.List;

/**
 * 行政层级 — the administrative levels of a task, highest first (rules.md §4: an entity drawn by a higher level for
 * the same items in the year is not drawn again by a lower one, S1 12).
 */
public final class AdministrativeLevel {

    /** National, province, city, county, township — highest first. */
    public static final List<String> LEVELS = List.of("NATIONAL", "PROVINCE", "CITY", "COUNTY", "TOWNSHIP");

    private AdministrativeLevel() {
    }

    /** The levels above {@code level} (empty for the highest level or an unknown one). */
    public static List<String> above(String level) {
        int index = LEVELS.indexOf(level);
        return index <= 0 ? List.of() : LEVELS.subList(0, index);
    }
}
