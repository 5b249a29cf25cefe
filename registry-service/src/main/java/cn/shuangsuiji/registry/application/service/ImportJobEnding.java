package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.contracts.registry.EntitiesImported;
import cn.shuangsuiji.contracts.registry.InspectorsImported;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.registry.application.port.out.EntityRepository;
import cn.shuangsuiji.registry.application.port.out.ImportJobRepository;
import cn.shuangsuiji.registry.domain.importing.ImportJob;
import cn.shuangsuiji.registry.domain.importing.ImportKind;
import cn.shuangsuiji.registry.domain.importing.ImportState;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import cn.shuangsuiji.platform.mongo.RetryingTransactions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 导入任务结束 — ends an import job exactly once (completed, failed or interrupted) and announces what it wrote.
 *
 * <p>In one transaction: the job's stored counters (each committed batch added its own in its transaction) are
 * completed with the records a cut-off batch inserted but never counted (found by their {@code import:<job>}
 * source), the job moves from queued/running to its end state only if it has not ended already, the end is
 * audited, and one {@code EntitiesImported}/{@code InspectorsImported} announces the job's records. Because the
 * move is conditional and shares the transaction with the event, the job's event is stored once, whoever ends the
 * job (the run itself, or the start-up recovery of an instance that found its lease expired). Records changed by
 * the job were announced per record in their batch's transaction; item imports announce per item.
 */
@Component
class ImportJobEnding {

    private final ImportJobRepository jobs;
    private final EntityRepository entities;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;

    ImportJobEnding(ImportJobRepository jobs, EntityRepository entities, EventPublisher events, AuditTrail audit,
                    TransactionTemplate transactions) {
        this.jobs = jobs;
        this.entities = entities;
        this.events = events;
        this.audit = audit;
        this.transactions = transactions;
    }

    /**
     * Ends the stored job with {@code end} applied to its counted state; returns the ended job, or empty if it had
     * already ended (nothing stored, nothing announced).
     *
     * @param cutOff whether a batch may have been cut off between its insert and its transaction (a failed or
     *               dead run); a run that awaited all its batches has counted every record
     */
    java.util.Optional<ImportJob> end(String jobId, UnaryOperator<ImportJob> end, boolean cutOff, Actor actor,
                                      String action) {
        return java.util.Optional.ofNullable(RetryingTransactions.inTransaction(transactions, () -> {
            ImportJob counted = jobs.find(jobId).orElseThrow();
            if (!counted.state().unfinished()) {
                return null;
            }
            long uncounted = cutOff && counted.kind() == ImportKind.ENTITIES
                    ? Math.max(0, entities.countCreatedBy(ImportService.source(jobId)) - counted.created()) : 0;
            ImportJob ended = end.apply(counted.withUncountedCreations(uncounted));
            if (!jobs.finish(ended)) {
                return null;
            }
            audit.record(actor, action, "ImportJob", ended.id(),
                    actor.has(Role.REGISTRY_CLERK) ? actor.departmentId() : null, null,
                    Map.of("kind", ended.kind().name(), "fileName", ended.fileName(), "state", ended.state().name(),
                            "created", ended.created(), "updated", ended.updated(), "unchanged", ended.unchanged(),
                            "rejected", ended.rejected()));
            if (announces(ended)) {
                events.publish(ended.kind() == ImportKind.ENTITIES
                        ? new EntitiesImported(UUID.randomUUID(), ended.finishedAt(), ended.id(), ended.fileName(),
                        ended.totalRows(), ended.created(), ended.updated(), ended.unchanged(), ended.rejected(),
                        ended.startedBy())
                        : new InspectorsImported(UUID.randomUUID(), ended.finishedAt(), ended.id(), ended.fileName(),
                        ended.totalRows(), ended.created(), ended.updated(), ended.unchanged(), ended.rejected(),
                        ended.startedBy()));
            }
            return ended;
        }));
    }

    /** Completed entity and inspector jobs announce always; failed or interrupted ones if they created records. */
    private static boolean announces(ImportJob ended) {
        if (ended.kind() == ImportKind.ITEMS) {
            return false;
        }
        return ended.state() == ImportState.COMPLETED || ended.created() > 0;
    }
}
