package cn.shuangsuiji.inspection.domain.record;

/** 检查记录状态 — of the joint record. */
public enum RecordStatus {
    /** 进行中 — parts are being recorded. */
    OPEN,
    /** 已办结 — the leader closed it with every part in. */
    CLOSED,
    /** 已递补替换 — the target was substituted; its substitute has a record of its own. */
    REPLACED,
    /** 已作废 — the draw was abandoned. */
    CANCELLED;

    public boolean active() {
        return this == OPEN || this == CLOSED;
    }
}
