package cn.shuangsuiji.registry.domain.importing;

/** 导入类别 — which registry (or the inspection item list, 抽查事项清单) a bulk import fills. */
public enum ImportKind {
    ENTITIES,
    INSPECTORS,
    ITEMS
}
