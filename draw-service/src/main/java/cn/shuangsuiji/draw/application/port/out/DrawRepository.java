package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawId;
import cn.shuangsuiji.draw.domain.draw.DrawState;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Stores draw aggregates; {@link #update} is optimistic on the version. */
public interface DrawRepository {

    void insert(Draw draw);

    /** Saves a state change; fails with an optimistic-locking error when the stored version moved on. */
    void update(Draw draw);

    Optional<Draw> find(DrawId id);

    /** Every draw of a plan task, in commitment order. */
    List<Draw> ofTask(String planId, String taskId);

    /**
     * Draws matching {@code filter}, keyset-paged by draw id ({@code after} exclusive, null for the first page).
     */
    List<Draw> list(Filter filter, String after, int limit);

    /**
     * 抽取列表条件 — each non-null field narrows the list: the plan, the task, the state, a department (initiating,
     * participating or receiving a dispatch); {@code readableBy} (null = everything) keeps only draws involving one
     * of those departments in any of those ways.
     */
    record Filter(String planId, String taskId, DrawState state, String departmentId, Set<String> readableBy) {
    }

    /** Draws with a dispatch not confirmed by a deadline before {@code today}, keyset-paged by draw id. */
    List<Draw> withOverdueDispatches(LocalDate today, String after, int limit);
}
