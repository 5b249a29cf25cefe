package cn.shuangsuiji.draw.adapter.out.persistence;

import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One append-only, hash-chained log entry; (drawId, seq) is unique, so the chain cannot fork. */
@Document("draw_log")
@CompoundIndex(name = "draw_seq", def = "{'drawId': 1, 'seq': 1}", unique = true)
record DrawLogDocument(@Id String id, String drawId, long seq, String kind, String at, String actor,
                       Map<String, String> fields, String prevHash, String hash) {
}
