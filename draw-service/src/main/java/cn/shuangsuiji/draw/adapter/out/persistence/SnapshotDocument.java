package cn.shuangsuiji.draw.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model: a confirmed registry snapshot. */
@Document("draw_snapshots")
@CompoundIndex(name = "kind_departments", def = "{'kind': 1, 'departmentIds': 1, 'confirmedAt': -1}")
record SnapshotDocument(@Id String id, String kind, List<String> departmentIds, List<String> regionCodes,
                        List<String> objectTypes, long recordCount, String merkleRoot, String contentSha256,
                        String contentPath, Instant confirmedAt) {
}
