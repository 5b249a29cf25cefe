package cn.shuangsuiji.registry.domain.snapshot;

/** 快照类别 — which registry a snapshot freezes. */
public enum SnapshotKind {
    /** 检查对象名录库. */
    ENTITIES,
    /** 执法检查人员名录库. */
    INSPECTORS
}
