package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stores draw aggregates; {@link #update} is optimistic on the version. */
public interface DrawRepository {

    void insert(Draw draw);

    /** Saves a state change; fails with an optimistic-locking error when the stored version moved on. */
    void update(Draw draw);

    Optional<Draw> find(DrawId id);

    /** Every draw of a plan task, in commitment order. */
    List<Draw> ofTask(String planId, String taskId);

    /** Draws with a dispatch not confirmed by a deadline before {@code today}, keyset-paged by draw id. */
    List<Draw> withOverdueDispatches(LocalDate today, String after, int limit);
}
