package cn.shuangsuiji.registry.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** MongoDB form of a joint item list. */
@Document("joint_item_lists")
record JointItemListDocument(@Id String id, String name, String initiatorId, List<String> participantIds,
                             List<EntryDoc> entries, Instant publishedAt) {

    record EntryDoc(String itemId, int version, String departmentId, String checkProject) {
    }
}
