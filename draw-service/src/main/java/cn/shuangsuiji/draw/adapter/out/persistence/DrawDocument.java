package cn.shuangsuiji.draw.adapter.out.persistence;

import cn.shuangsuiji.draw.domain.draw.DrawHeader;
import cn.shuangsuiji.draw.domain.draw.Witness;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import cn.shuangsuiji.draw.domain.draw.Confirmation;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * MongoDB form of a draw aggregate (state transitions under an optimistic version). {@code standingRound}
 * ({@code plan/task/round}) is set while the draw stands (committed or executed) and is unique: two draws of the
 * same task round can never stand at once, even when two commitments race (S1 15).
 */
@Document("draws")
@CompoundIndex(name = "by_task", def = "{'header.planId': 1, 'header.taskId': 1}")
record DrawDocument(@Id String id, DrawHeader header, String state, String resultHash, String abandonReason,
                    List<Witness> witnesses, List<DispatchDocument> dispatches, @Version Long version,
                    @Indexed(name = "standing_round", unique = true, sparse = true) String standingRound,
                    List<Confirmation> confirmations) {

    /** A dispatch; dates as ISO strings so they compare as text. */
    record DispatchDocument(String departmentId, String dispatchedOn, String deadline, String confirmedBy,
                            Instant confirmedAt) {
    }
}
