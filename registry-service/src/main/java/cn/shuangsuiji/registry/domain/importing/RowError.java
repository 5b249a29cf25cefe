package cn.shuangsuiji.registry.domain.importing;

/**
 * 行错误 — why one row of an import was refused.
 *
 * @param line    the row's line number in the file (1 = header)
 * @param field   the column or field, may be empty
 * @param code    stable code, e.g. USCC_CHECK_CHARACTER
 * @param message Chinese message
 */
public record RowError(long line, String field, String code, String message) {
}
