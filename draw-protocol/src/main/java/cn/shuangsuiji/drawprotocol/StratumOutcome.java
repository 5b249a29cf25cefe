package cn.shuangsuiji.drawprotocol;

import java.util.List;

/**
 * 分层抽取结果 — per stratum: counts, the quota actually drawn, the published threshold and the
 * substitution list (递补名单).
 *
 * @param stratum   stratum code
 * @param eligible  eligible targets in the stratum
 * @param requested ceil(ratio × eligible) or the committed count
 * @param quota     min(requested, eligible): the number selected
 * @param shortfall true when requested &gt; eligible: "stratum smaller than quota — all drawn"
 * @param threshold the last selected target (largest key); null when quota = 0. Any eligible target of
 *                  the stratum that orders after it was not selected
 * @param reserve   the next min(reservePerStratum, eligible − quota) targets in key order
 */
public record StratumOutcome(String stratum, long eligible, long requested, long quota, boolean shortfall,
        RankedTarget threshold, List<RankedTarget> reserve) {
    public StratumOutcome {
        Text.id(stratum, "stratum");
        reserve = List.copyOf(reserve);
        if (quota > 0 && threshold == null) {
            throw new IllegalArgumentException("a stratum with a quota has a threshold");
        }
    }
}
