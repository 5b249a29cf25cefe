package cn.shuangsuiji.planning.domain.plan;

/** 计划提示 — a problem that does not block a plan, e.g. a count larger than the estimated population. */
public record TaskWarning(String taskId, String code, String message) {
}
