package cn.shuangsuiji.draw.domain.check;

import cn.shuangsuiji.drawprotocol.CandidateTable;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * 重复检查标记 — what a committed draw did about repeat checks (避免重复检查): how many candidates its frozen table
 * excludes with reason {@link #REASON}, and which eligible candidates it keeps flagged. Kept with the draw at
 * commitment; the flags go to the drawn targets at execution. Counts are public, flags travel with the draw's result.
 *
 * @param policy   the policy applied
 * @param excluded candidates of the table excluded as repeat checks
 * @param flagged  eligible candidates of the table flagged as repeat checks
 */
public record RepeatCheckMarks(RepeatCheckPolicy policy, int excluded, Set<String> flagged) {

    /** Exclusion reason code of a repeat check (docs/draw-protocol.md §3). */
    public static final String REASON = "REPEAT_CHECK";

    public RepeatCheckMarks {
        Objects.requireNonNull(policy, "policy");
        flagged = Set.copyOf(flagged);
    }

    /** The marks of a screening as the frozen table holds them (entities outside the table do not count). */
    public static RepeatCheckMarks of(RepeatCheckScreening screening, CandidateTable table) {
        int excluded = 0;
        for (int row : table.excludedRows()) {
            if (REASON.equals(table.exclusionReason(row))) {
                excluded++;
            }
        }
        Set<String> flagged = new TreeSet<>();
        for (String id : screening.flagged()) {
            int row = table.indexOf(id);
            if (row >= 0 && table.eligible(row)) {
                flagged.add(id);
            }
        }
        return new RepeatCheckMarks(screening.policy(), excluded, flagged);
    }

    /** Whether a drawn target carries the repeat-check flag. */
    public boolean flags(String entityId) {
        return flagged.contains(entityId);
    }
}
