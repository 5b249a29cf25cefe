package cn.shuangsuiji.platform.audit;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.platform.trace.TraceIds;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * 留痕 — the one way a service records who changed what. Call it inside the transaction of the change (the
 * entry commits or rolls back with it). Pass the records' own stored forms or a projection; personal data that
 * needs no trail (phone and ID numbers) should be masked by the caller.
 */
public final class AuditTrail {

    private static final AtomicLong COUNTER = new AtomicLong();

    private final MongoTemplate mongo;
    private final Clock clock;
    private final String service;

    public AuditTrail(MongoTemplate mongo, Clock clock, String service) {
        this.mongo = mongo;
        this.clock = clock;
        this.service = service;
    }

    /**
     * Records a change.
     *
     * @param actor         who (from the verified token)
     * @param action        what, e.g. {@code plan.approve}
     * @param aggregateType the kind of record
     * @param aggregateId   its id
     * @param department    the department owning the record, or null
     * @param before        state before, or null
     * @param after         state after, or null
     */
    public AuditEntry record(Actor actor, String action, String aggregateType, String aggregateId, String department,
                             Object before, Object after) {
        var now = clock.instant();
        String id = String.format("%013d-%06d", now.toEpochMilli(), COUNTER.incrementAndGet() % 1_000_000);
        AuditEntry entry = new AuditEntry(id, service, action, aggregateType, aggregateId, department,
                actor.subject(), actor.name(), actor.roles().stream().map(Role::name).sorted().toList(),
                actor.departmentId(), actor.clientId(), TraceIds.current(), now, before, after);
        mongo.insert(entry);
        return entry;
    }
}
