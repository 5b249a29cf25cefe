package cn.shuangsuiji.registry.domain.history;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * 变更记录 — one change of one registry record, kept for ever (全程留痕, S1 5; S2 10): who, when, what, and the
 * record before and after (as stored field maps; null before a creation).
 *
 * @param recordKind ENTITY or INSPECTOR
 * @param recordId   the record's id
 * @param version    the record's version after the change
 * @param action     REGISTERED, REVISED, DEREGISTERED, IMPORTED_NEW, IMPORTED_CHANGE
 * @param actor      who made it: the authenticated subject (token {@code sub}) or {@code system:<component>}
 * @param actorRoles the roles the caller's token granted
 * @param actorDepartment the caller's department, or null
 * @param clientId   the OAuth client the call came through, or null
 * @param traceId    the request's trace id, or null
 * @param at         when
 * @param source     where it came from: "api" or "import:<jobId>"
 * @param before     the record before, or null
 * @param after      the record after
 */
public record HistoryEntry(String recordKind, String recordId, long version, String action, String actor,
                           java.util.List<String> actorRoles, String actorDepartment, String clientId, String traceId,
                           Instant at, String source, Map<String, Object> before, Map<String, Object> after) {

    /** An entry with only the actor's subject (imports recorded before the platform identity). */
    public HistoryEntry(String recordKind, String recordId, long version, String action, String actor, Instant at,
                        String source, Map<String, Object> before, Map<String, Object> after) {
        this(recordKind, recordId, version, action, actor, java.util.List.of(), null, null, null, at, source, before,
                after);
    }

    public HistoryEntry {
        Objects.requireNonNull(recordKind, "recordKind");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(at, "at");
        actorRoles = actorRoles == null ? java.util.List.of() : java.util.List.copyOf(actorRoles);
    }
}
