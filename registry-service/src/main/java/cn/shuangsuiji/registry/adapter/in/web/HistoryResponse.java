package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.history.HistoryEntry;
import cn.shuangsuiji.registry.domain.privacy.Masking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        masked.computeIfPresent("legalRepresentativeIdNumber", (k, v) -> Masking.idNumber(v.toString()));
        masked.computeIfPresent("holders", (k, v) -> v instanceof List<?> list ? maskHolders(list) : null);
        if (masked.containsKey("relations")) {
            masked.put("relations", null);
        }
        return masked;
    }

    /** Natural-person holders (with an ID number) keep only a masked name and ID number. */
    private static List<Object> maskHolders(List<?> holders) {
        List<Object> masked = new ArrayList<>(holders.size());
        for (Object h : holders) {
            if (h instanceof Map<?, ?> m && m.get("idNumber") != null) {
                Map<String, Object> copy = new LinkedHashMap<>();
                copy.put("name", m.get("name") == null ? null : Masking.name(m.get("name").toString()));
                copy.put("idNumber", Masking.idNumber(m.get("idNumber").toString()));
                masked.add(copy);
            } else {
                masked.add(h);
            }
        }
        return masked;
    }
}
