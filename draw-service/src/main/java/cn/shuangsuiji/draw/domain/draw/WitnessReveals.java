package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.drawprotocol.WitnessCommitment;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 见证人秘密 — every witness named in the commitment reveals a secret that opens their committed hash, once, before
 * or at execution (S2 20; docs/draw-protocol.md §5).
 */
public final class WitnessReveals {

    private WitnessReveals() {
    }

    /**
     * Checks one early reveal: the witness is in the commitment ({@code DRAW_WITNESS_UNKNOWN}), has not revealed
     * ({@code DRAW_REVEAL_EXISTS}) and the secret opens the hash ({@code DRAW_REVEAL_MISMATCH}).
     */
    public static void requireRevealable(List<WitnessCommitment> committed, Map<String, String> earlier,
                                         String witness, String reveal) {
        WitnessCommitment commitment = committed.stream().filter(w -> w.witness().equals(witness)).findFirst()
                .orElseThrow(() -> DomainProblem.invalid("DRAW_WITNESS_UNKNOWN", "承诺中没有见证人 " + witness,
                        List.of()));
        if (earlier.containsKey(witness)) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_REVEAL_EXISTS", "见证人已公开秘密",
                    "见证人 " + witness + " 已公开过秘密");
        }
        if (!commitment.opens(reveal)) {
            throw new DomainProblem(ProblemKind.INVALID, "DRAW_REVEAL_MISMATCH", "见证人秘密与承诺不符",
                    "见证人 " + witness + " 公开的秘密与其承诺的哈希不符");
        }
    }

    /**
     * The reveals in commitment order: an earlier logged reveal, else the one given at execution (by position);
     * refuses ({@code DRAW_REVEAL_MISMATCH}) when any is missing — reveals must be complete before drawing.
     */
    public static List<String> complete(List<WitnessCommitment> committed, Map<String, String> earlier,
                                        List<String> given) {
        List<String> reveals = new ArrayList<>();
        for (int i = 0; i < committed.size(); i++) {
            String name = committed.get(i).witness();
            reveals.add(earlier.containsKey(name) ? earlier.get(name) : i < given.size() ? given.get(i) : "");
        }
        if (reveals.contains("")) {
            throw new DomainProblem(ProblemKind.INVALID, "DRAW_REVEAL_MISMATCH", "见证人秘密缺失",
                    "每位承诺的见证人都须在执行前或执行时公开其秘密");
        }
        return reveals;
    }
}
