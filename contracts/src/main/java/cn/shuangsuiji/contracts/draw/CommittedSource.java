package cn.shuangsuiji.contracts.draw;

/**
 * 公开随机源 — a public source named in a draw's commitment (docs/draw-protocol.md §4): its value is not known at
 * commitment time and is pinned at execution.
 *
 * @param name        the source's name as committed
 * @param description what the value is and where it is published
 * @param format      the value's format code (e.g. {@code DECIMAL})
 */
public record CommittedSource(String name, String description, String format) {
}
