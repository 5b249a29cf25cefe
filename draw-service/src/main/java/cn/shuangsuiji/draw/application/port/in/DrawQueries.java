package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import java.time.LocalDate;
import java.util.List;

/** 抽取查询 — reads of draws, each checked against the rights table (README). */
public interface DrawQueries {

    /** Draws with a dispatch unconfirmed after its deadline as of {@code asOf} (null = today), keyset-paged. */
    List<Draw> overdueDispatches(LocalDate asOf, String after, int limit, Actor caller);

    /** Overdue as of today. */
    default List<Draw> overdueDispatches(String after, int limit, Actor caller) {
        return overdueDispatches(null, after, limit, caller);
    }

    /**
     * 抽取列表 — the draws the caller may read that match the query, keyset-paged by draw id; a cursor that is not
     * a draw id is a 400 {@code DRAW_CURSOR_INVALID}, an unknown state a 400 {@code DRAW_STATE_UNKNOWN}.
     */
    DrawPage list(ListDraws query, Actor caller);

    /**
     * 抽取列表查询 — each non-null field narrows the list; {@code after} is the {@code nextAfter} of the previous
     * page; {@code limit} 1..500 (default 50).
     */
    record ListDraws(String planId, String taskId, String state, String departmentId, String after, Integer limit) {
    }

    /** One page; pass {@code nextAfter} as {@code after} for the next page (null when the page is not full). */
    record DrawPage(List<Draw> draws, String nextAfter) {
    }

    DrawView get(String drawId, Actor caller);

    List<LogEntry> log(String drawId, Actor caller);

    Bundle bundle(String drawId, Actor caller);

    /** The DEMO beacon's signature of a round (only when the demo beacon is enabled). */
    String demoSignature(long round);
}
