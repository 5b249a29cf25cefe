package cn.shuangsuiji.registry.adapter.in.web;

import java.util.List;

/** One keyset page of items; pass {@code nextAfter} as {@code after} for the next page (null at the end). */
public record ItemPageResponse(List<ItemResponse> items, String nextAfter) {
}
