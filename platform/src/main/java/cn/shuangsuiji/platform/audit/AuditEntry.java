package cn.shuangsuiji.platform.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * 操作留痕 — one state change, who made it and how (M29; S1 5, S2 10 全程留痕、责任可追). Append-only: written in the
 * same transaction as the change, never updated or deleted.
 *
 * @param id            entry id (time-ordered)
 * @param service       the service that made the change
 * @param action        what was done, e.g. {@code plan.approve}
 * @param aggregateType the kind of record changed, e.g. {@code Plan}
 * @param aggregateId   the record's id
 * @param department    the department that owns the record (for who may read the entry)
 * @param subject       the authenticated subject (token {@code sub})
 * @param name          the subject's display name
 * @param roles         the roles the token granted
 * @param actorDepartment the caller's own department
 * @param clientId      the OAuth client the call came through
 * @param traceId       the request's trace id
 * @param at            when
 * @param before        the record before (null for a creation), as stored; personal fields masked by the caller
 * @param after         the record after (null for a deletion)
 */
@Document(AuditEntry.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(name = "by_department", def = "{'department': 1, '_id': -1}"),
        @CompoundIndex(name = "by_aggregate", def = "{'aggregateId': 1, '_id': -1}")})
public record AuditEntry(@Id String id, String service, String action, String aggregateType, String aggregateId,
                         String department, String subject, String name, List<String> roles, String actorDepartment,
                         String clientId, String traceId, Instant at, Object before, Object after) {

    public static final String COLLECTION = "audit_log";
}
