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

    DrawView get(String drawId, Actor caller);

    List<LogEntry> log(String drawId, Actor caller);

    Bundle bundle(String drawId, Actor caller);

    /** The DEMO beacon's signature of a round (only when the demo beacon is enabled). */
    String demoSignature(long round);
}
