package cn.shuangsuiji.draw.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/** Append-only ledger fact: a draw took or released an entity. */
@Document("draw_selections")
@CompoundIndexes({
        @CompoundIndex(name = "year_entity", def = "{'year': 1, 'entityId': 1}"),
        @CompoundIndex(name = "year_level", def = "{'year': 1, 'level': 1}")})
record SelectionDocument(@Id String id, String drawId, int seq, int year, String level, String entityId, int delta,
                         List<String> itemIds, List<String> inspectorIds, Instant at) {
}
