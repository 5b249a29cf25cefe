package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.history.HistoryEntry;
import cn.shuangsuiji.registry.domain.privacy.Masking;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One history entry as the API shows it; personal data in before/after is masked like the record itself. */
public record HistoryResponse(long version, String action, String actor, List<String> actorRoles,
                              String actorDepartment, String clientId, String traceId, Instant at, String source,
                              Map<String, Object> before, Map<String, Object> after) {

    static HistoryResponse of(HistoryEntry e, boolean open) {
        return new HistoryResponse(e.version(), e.action(), e.actor(), e.actorRoles(), e.actorDepartment(),
                e.clientId(), e.traceId(), e.at(), e.source(),
                open ? e.before() : mask(e.before()), open ? e.after() : mask(e.after()));
    }

    private static Map<String, Object> mask(Map<String, Object> record) {
        return Masking.record(record);
    }
}
