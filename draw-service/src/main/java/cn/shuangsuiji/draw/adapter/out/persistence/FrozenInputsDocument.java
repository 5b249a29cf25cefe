package cn.shuangsuiji.draw.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** One chunk of a draw's frozen inputs, written once. */
@Document("draw_inputs")
record FrozenInputsDocument(@Id String id, @Indexed String drawId, int chunk, byte[] data) {
}
