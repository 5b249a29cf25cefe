package cn.shuangsuiji.planning.domain.policy;

/** 联合抽查义务 — what a department must do about joint inspections each year (S1 9). */
public enum JointObligation {
    /** No obligation. */
    NONE,
    /** Initiate or join at least one joint inspection a year. */
    INITIATE_OR_JOIN,
    /** Initiate at least one joint inspection a year. */
    INITIATE;

    /** Whether this obligation is at least as strict as the other. */
    public boolean atLeast(JointObligation other) {
        return ordinal() >= other.ordinal();
    }
}
