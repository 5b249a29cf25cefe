package cn.shuangsuiji.draw.domain.draw;

import java.util.Map;
import java.util.Set;

/**
 * 资格事实 — facts from earlier draws that the commitment freezes: how often each entity was drawn this year
 * (draws of every department and level, S0 17; S1 10), which entities the level above covers this year for the
 * same items (S2 18), and recent inspector–entity pairings (no repeat pairing within the policy's years).
 *
 * @param drawnThisYear          entity id → times drawn this year
 * @param coveredByHigherLevel   entity ids drawn this year by a higher level for an item of this task
 * @param recentPairs            "inspectorId\u0000entityId" pairings within the policy's years
 * @param repeatChecked          entity ids whose task items another department of the same jurisdiction already
 *                               checked this year, excluded as repeat checks (避免重复检查, S0 14; S1 24)
 */
public record EligibilityFacts(Map<String, Integer> drawnThisYear, Set<String> coveredByHigherLevel,
                               Set<String> recentPairs, Set<String> repeatChecked) {

    public EligibilityFacts {
        drawnThisYear = Map.copyOf(drawnThisYear);
        coveredByHigherLevel = Set.copyOf(coveredByHigherLevel);
        recentPairs = Set.copyOf(recentPairs);
        repeatChecked = repeatChecked == null ? Set.of() : Set.copyOf(repeatChecked);
    }

    /** Facts without repeat checks. */
    public EligibilityFacts(Map<String, Integer> drawnThisYear, Set<String> coveredByHigherLevel,
                            Set<String> recentPairs) {
        this(drawnThisYear, coveredByHigherLevel, recentPairs, Set.of());
    }

    public static EligibilityFacts none() {
        return new EligibilityFacts(Map.of(), Set.of(), Set.of());
    }

    public static String pair(String inspectorId, String entityId) {
        return inspectorId + '\u0000' + entityId;
    }
}
