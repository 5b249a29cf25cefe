package cn.shuangsuiji.registry.domain.importing;

/** 导入类别 — which registry a bulk import fills. */
public enum ImportKind {
    ENTITIES,
    INSPECTORS
}
