package cn.shuangsuiji.draw.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The transparency log's head — the sequence document every append updates in its transaction (conditionally on
 * the size it started from), so two concurrent appends conflict and one of them is retried.
 */
@Document("draw_tlog_head")
record LogHeadDocument(@Id String id, long size, String root) {
}
