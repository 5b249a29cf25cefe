package cn.shuangsuiji.contracts.draw;

/**
 * 抽中对象 — one drawn target.
 *
 * @param entityId the entity's id
 * @param stratum  its stratum (credit-risk class, or ALL/OTHER)
 * @param key      its rank key, 16 hex digits
 */
public record DrawnTarget(String entityId, String stratum, String key) {
}
