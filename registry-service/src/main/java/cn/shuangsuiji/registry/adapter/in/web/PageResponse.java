package cn.shuangsuiji.registry.adapter.in.web;

import java.util.List;

/** One page of a keyset-paged list; {@code next} is the {@code after=} value of the next page, or null. */
public record PageResponse<T>(List<T> items, String next) {
}
