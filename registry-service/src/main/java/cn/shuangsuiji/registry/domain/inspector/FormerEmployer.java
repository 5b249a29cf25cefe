package cn.shuangsuiji.registry.domain.inspector;

/**
 * 曾任职单位 — a declared former employer.
 *
 * @param uscc its USCC, may be null
 * @param name its name
 */
public record FormerEmployer(String uscc, String name) {
}
