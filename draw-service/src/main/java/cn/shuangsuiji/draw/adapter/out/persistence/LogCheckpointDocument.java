package cn.shuangsuiji.draw.adapter.out.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A signed checkpoint of the transparency log; _id is the tree size it covers. */
@Document("draw_tlog_checkpoints")
record LogCheckpointDocument(@Id long id, String root, Instant signedAt, String note) {
}
