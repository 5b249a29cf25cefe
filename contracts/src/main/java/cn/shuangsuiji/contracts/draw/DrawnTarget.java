package cn.shuangsuiji.contracts.draw;

/**
 * 抽中对象 — one drawn target.
 *
 * @param entityId    the entity's id
 * @param stratum     its stratum (credit-risk class, or ALL/OTHER)
 * @param key         its rank key, 16 hex digits
 * @param repeatCheck 重复检查标记 — true when an item of the task was already checked this year for this entity by
 *                    another department of the same jurisdiction and the policy kept the target (FLAG); added in
 *                    1.1, null when the producer did not say
 */
public record DrawnTarget(String entityId, String stratum, String key, Boolean repeatCheck) {

    /** A target without the repeat-check flag (the form before it was carried). */
    public DrawnTarget(String entityId, String stratum, String key) {
        this(entityId, stratum, key, null);
    }
}
