package cn.shuangsuiji.contracts.draw;

/**
 * 分层阈值 — per stratum: eligible, requested, drawn, whether the stratum was smaller than its quota (all
 * drawn), and the threshold (last selected id and key) that proves every later-ranked entity was not drawn.
 *
 * @param stratum      the stratum
 * @param eligible     eligible candidates
 * @param requested    requested by the quota
 * @param quota        drawn
 * @param shortfall    true when the stratum was smaller than its quota and was drawn whole
 * @param thresholdId  the last selected id, or null
 * @param thresholdKey its key (16 hex digits), or null
 */
public record StratumThreshold(String stratum, long eligible, long requested, long quota, boolean shortfall,
                               String thresholdId, String thresholdKey) {
}
