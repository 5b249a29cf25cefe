package cn.shuangsuiji.draw.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** One leaf of the platform draw transparency log: _id is the leaf index; (drawId, seq) is anchored once. */
@Document("draw_tlog_leaves")
@CompoundIndex(name = "draw_seq", def = "{'drawId': 1, 'seq': 1}", unique = true)
record LogLeafDocument(@Id long id, String hash, String drawId, long seq) {
}
