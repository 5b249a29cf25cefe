package cn.shuangsuiji.inspection.domain.record;

/** 部门检查状态 — the lifecycle of one department's part of a joint record. */
public enum PartStatus {
    /** 待检查 — assigned, nothing recorded, or only pre-check and notice. */
    PENDING,
    /** 已实地检查 — the on-site check is recorded. */
    CHECKED,
    /** 暂存 — results saved as a draft. */
    DRAFT,
    /** 已提交 — submitted; changed only by a signed-off correction. */
    SUBMITTED
}
