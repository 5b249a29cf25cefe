package cn.shuangsuiji.disclosure.adapter.out.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A kept checkpoint of the platform draw log; _id is its tree size. */
@Document("draw_log_checkpoints")
record DrawLogCheckpointDocument(@Id long id, String origin, String root, Instant signedAt, String note) {
}
