package cn.shuangsuiji.registry.domain.inspector;

/**
 * 近亲属 — a declared relative, for conflict-of-interest screening (回避, S0 16; S1 16).
 *
 * @param name         姓名
 * @param relationship 关系, e.g. 配偶, 父亲, 兄弟
 * @param idNumber     身份证号码 (GB 11643), may be null
 */
public record Relative(String name, String relationship, String idNumber) {
}
