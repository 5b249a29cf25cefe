package cn.shuangsuiji.registry.domain.importing;

/** 导入状态 — state of an import job. */
public enum ImportState {
    QUEUED, RUNNING, COMPLETED, FAILED
}
