package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.history.HistoryEntry;
import cn.shuangsuiji.registry.domain.privacy.Masking;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One history entry as the API shows it; personal data in before/after is masked like the record itself. */
public record HistoryResponse(long version, String action, String actor, Instant at, String source,
                              Map<String, Object> before, Map<String, Object> after) {

    static HistoryResponse of(HistoryEntry e, boolean open) {
        return new HistoryResponse(e.version(), e.action(), e.actor(), e.at(), e.source(),
                open ? e.before() : mask(e.before()), open ? e.after() : mask(e.after()));
    }

    private static Map<String, Object> mask(Map<String, Object> record) {
        if (record == null) {
            return null;
        }
        Map<String, Object> masked = new LinkedHashMap<>(record);
        masked.computeIfPresent("phone", (k, v) -> Masking.phone(v.toString()));
        masked.computeIfPresent("idNumber", (k, v) -> Masking.idNumber(v.toString()));
        if (masked.containsKey("relations")) {
            masked.put("relations", null);
        }
        return masked;
    }
}
