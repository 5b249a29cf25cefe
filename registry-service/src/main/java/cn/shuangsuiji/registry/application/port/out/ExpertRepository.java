package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.registry.application.port.in.ExpertQuery;
import cn.shuangsuiji.registry.domain.expert.Expert;
import cn.shuangsuiji.registry.domain.expert.ExpertId;
import java.util.List;
import java.util.Optional;

/** Stores the expert library. */
public interface ExpertRepository {

    Optional<Expert> find(ExpertId id);

    boolean exists(ExpertId id);

    Expert insert(Expert expert);

    /** Stores a changed expert if its revision is still the stored one. */
    Expert update(Expert expert);

    List<Expert> page(ExpertQuery query);
}
