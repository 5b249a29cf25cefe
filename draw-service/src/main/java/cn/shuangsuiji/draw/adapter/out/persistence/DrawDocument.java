package cn.shuangsuiji.draw.adapter.out.persistence;

import cn.shuangsuiji.draw.domain.draw.DrawHeader;
import cn.shuangsuiji.draw.domain.draw.Witness;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** MongoDB form of a draw aggregate (state transitions under an optimistic version). */
@Document("draws")
record DrawDocument(@Id String id, DrawHeader header, String state, String resultHash, String abandonReason,
                    List<Witness> witnesses, List<DispatchDocument> dispatches, @Version Long version) {

    /** A dispatch; dates as ISO strings so they compare as text. */
    record DispatchDocument(String departmentId, String dispatchedOn, String deadline, String confirmedBy,
                            Instant confirmedAt) {
    }
}
