package cn.shuangsuiji.draw.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 抽取台账 — append-only facts of who was drawn in which draw (every department and level), the source of the
 * eligibility facts of later draws. A substitution appends −1 for the replaced target and +1 for the substitute.
 */
public interface SelectionLedger {

    void append(List<Selection> selections);

    /** Entity id → net times drawn in the year. */
    Map<String, Integer> drawnInYear(int year);

    /** Entities drawn in the year at one of the given levels for one of the items. */
    Set<String> drawnAtLevels(int year, Collection<String> levels, Collection<String> itemIds);

    /** "inspector\u0000entity" pairings of draws in years ≥ fromYear. */
    Set<String> pairingsSince(int fromYear);

    /** One fact: a draw took (delta +1) or released (−1) an entity, with its team (for pairings). */
    record Selection(String drawId, int seq, int year, String level, String entityId, int delta,
                     List<String> itemIds, List<String> inspectorIds, Instant at) {
    }
}
