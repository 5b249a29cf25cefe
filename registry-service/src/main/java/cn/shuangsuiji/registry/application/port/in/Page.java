package cn.shuangsuiji.registry.application.port.in;

import java.util.List;

/**
 * 分页结果 — one page of a keyset-paged list.
 *
 * @param items the page
 * @param next  the cursor for the next page ({@code after=}), or null on the last page
 */
public record Page<T>(List<T> items, String next) {
}
