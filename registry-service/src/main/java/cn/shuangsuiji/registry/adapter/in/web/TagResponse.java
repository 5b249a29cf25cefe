package cn.shuangsuiji.registry.adapter.in.web;

import java.time.Instant;
import java.util.List;

/** A tag as the API shows it. */
public record TagResponse(String code, String name, String parent, List<String> targets, Instant createdAt,
                          long revision) {
}
