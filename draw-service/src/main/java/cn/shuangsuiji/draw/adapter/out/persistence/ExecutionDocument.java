package cn.shuangsuiji.draw.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Insert-only execution record, keyed by draw id (a second execution is a duplicate key). */
@Document("draw_executions")
record ExecutionDocument(@Id String id, long beaconRound, String signature, List<String> sourceValues,
                         List<String> witnessReveals, String seed, String resultHash, String status,
                         String failureCode, Instant executedAt, String executedBy) {
}
