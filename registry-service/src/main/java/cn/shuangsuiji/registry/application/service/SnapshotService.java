package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.contracts.registry.RegistrySnapshotConfirmed;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.in.SnapshotUseCases;
import cn.shuangsuiji.registry.application.port.out.EntityRepository;
import cn.shuangsuiji.registry.application.port.out.InspectorRepository;
import cn.shuangsuiji.registry.application.port.out.SnapshotRepository;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import cn.shuangsuiji.registry.domain.snapshot.InspectorSnapshotRow;
import cn.shuangsuiji.registry.domain.snapshot.EntitySnapshotRow;
import cn.shuangsuiji.registry.domain.snapshot.RegistryPolicy;
import cn.shuangsuiji.registry.domain.snapshot.RegistrySnapshot;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotContentWriter;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotId;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotKind;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 两库更新确认 — freezes the drawable population of a scope into an immutable snapshot (S1 11): streams the
 * records in id order into the compact binary form while computing the Merkle root, stores the content in
 * chunks, then inserts the snapshot and its event in one transaction.
 */
@Service
class SnapshotService implements SnapshotUseCases {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final EntityRepository entities;
    private final InspectorRepository inspectors;
    private final SnapshotRepository snapshots;
    private final KnownDepartments departments;
    private final RegistryPolicy policy;
    private final EventPublisher events;
    private final TransactionTemplate transactions;
    private final Pseudonyms pseudonyms;
    private final AuditTrail audit;
    private final SnapshotCredit credit;
    private final Clock clock;

    SnapshotService(EntityRepository entities, InspectorRepository inspectors, SnapshotRepository snapshots,
                    KnownDepartments departments, RegistryPolicy policy, EventPublisher events,
                    TransactionTemplate transactions, Pseudonyms pseudonyms, AuditTrail audit, SnapshotCredit credit,
                    Clock clock) {
        this.credit = credit;
        this.pseudonyms = pseudonyms;
        this.audit = audit;
        this.entities = entities;
        this.inspectors = inspectors;
        this.snapshots = snapshots;
        this.departments = departments;
        this.policy = policy;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public RegistrySnapshot confirm(SnapshotKind kind, SnapshotScope scope, Actor actor) {
        requireConfirmable(scope, actor);
        return confirm(newId(), kind, scope, actor, done -> { }, stored -> { });
    }

    /** A new snapshot's id (a confirmation job reserves it when it is queued). */
    static SnapshotId newId() {
        return new SnapshotId("snap-" + UUID.randomUUID());
    }

    /** The checks made before any record is read: the actor confirms for every department, which all exist. */
    void requireConfirmable(SnapshotScope scope, Actor actor) {
        for (String department : scope.departmentIds()) {
            RegistryRights.requireClerkOf(actor, department);
        }
        departments.requireAll("departmentIds", scope.departmentIds(), "SNAPSHOT_SCOPE_INVALID");
    }

    /**
     * Builds and stores the snapshot {@code id}: the content first (chunks no one refers to yet), then the snapshot,
     * its audit record, {@code RegistrySnapshotConfirmed} and whatever {@code inTransaction} adds (a job's end) in
     * one transaction; if anything fails, the chunks are deleted and nothing else was stored.
     *
     * @param progress told the number of records written so far (every record; keep it cheap)
     */
    RegistrySnapshot confirm(SnapshotId id, SnapshotKind kind, SnapshotScope scope, Actor actor,
                             java.util.function.LongConsumer progress,
                             java.util.function.Consumer<RegistrySnapshot> inTransaction) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, CHINA);
        try {
            return store(id, kind, scope, actor, progress, inTransaction, now, today);
        } catch (RuntimeException | Error e) {
            snapshots.deleteContent(id);
            throw e;
        }
    }

    private RegistrySnapshot store(SnapshotId id, SnapshotKind kind, SnapshotScope scope, Actor actor,
                                   java.util.function.LongConsumer progress,
                                   java.util.function.Consumer<RegistrySnapshot> inTransaction, Instant now,
                                   LocalDate today) {
        String[] root = new String[1];
        long[] count = new long[1];
        Map<String, Long> drawableByDepartment = new TreeMap<>();
        scope.departmentIds().forEach(d -> drawableByDepartment.put(d, 0L));
        SnapshotRepository.StoredContent content = snapshots.storeContent(id, out -> {
            try {
                GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16) {
                    {
                        def.setLevel(Deflater.BEST_SPEED);
                    }
                };
                // records reach the deflater in 64 KiB blocks, not two small writes each (a native call and a CRC
                // update per write at 10^6 records); the deflated bytes are the same either way
                BufferedOutputStream records = new BufferedOutputStream(gzip, 1 << 16);
                SnapshotContentWriter writer = new SnapshotContentWriter(records, kind);
                if (kind == SnapshotKind.ENTITIES) {
                    UnaryOperator<EntitySnapshotRow> withCredit = credit.forSnapshot();
                    entities.forEachSnapshotRow(scope, row -> {
                        writer.add(withCredit.apply(row));
                        progress.accept(writer.count());
                    });
                } else {
                    inspectors.forEachInScope(scope, inspector -> {
                        if (inspector.drawableOn(today)) {
                            writer.add(row(inspector, pseudonyms));
                            progress.accept(writer.count());
                            drawableByDepartment.merge(inspector.details().departmentId(), 1L, Long::sum);
                        }
                    });
                }
                root[0] = writer.finish();
                count[0] = writer.count();
                records.flush();
                gzip.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (kind == SnapshotKind.INSPECTORS) {
            policy.requireMinimumInspectors(drawableByDepartment);
        }
        RegistrySnapshot snapshot = new RegistrySnapshot(id, kind, scope, count[0], root[0], content.sha256(),
                content.bytes(), SnapshotContentWriter.FORMAT, actor.subject(), now);
        // retried on a transient conflict (a job's progress heartbeat may touch the job being completed)
        cn.shuangsuiji.platform.mongo.RetryingTransactions.inTransaction(transactions, () -> {
            snapshots.insert(snapshot);
            audit.record(actor, "snapshot.confirm", "RegistrySnapshot", id.value(),
                    scope.departmentIds().isEmpty() ? null : scope.departmentIds().get(0), null,
                    Map.of("kind", kind.name(), "departmentIds", scope.departmentIds(),
                            "regionCodes", scope.regionCodes(), "objectTypes", scope.objectTypes(),
                            "recordCount", snapshot.recordCount(), "merkleRoot", snapshot.merkleRoot(),
                            "contentSha256", snapshot.contentSha256()));
            events.publish(new RegistrySnapshotConfirmed(UUID.randomUUID(), now, id.value(), kind.name(),
                    scope.departmentIds(), scope.regionCodes(), scope.objectTypes(), snapshot.recordCount(),
                    snapshot.merkleRoot(), snapshot.contentSha256(), snapshot.contentBytes(), snapshot.format(),
                    snapshot.contentPath(), snapshot.confirmedBy(), now));
            inTransaction.accept(snapshot);
        });
        return snapshot;
    }

    /**
     * The inspector's snapshot record, with keyed relation keys ({@link Pseudonyms#partyKey}) instead of personal
     * data (S0 25): the same function as the entities' party keys, so a draw matches a declared relation.
     */
    static InspectorSnapshotRow row(Inspector inspector, Pseudonyms pseudonyms) {
        InspectorDetails d = inspector.details();
        List<String> keys = new ArrayList<>();
        d.relations().relatives().stream().filter(r -> r.idNumber() != null).forEach(r -> keys.add(pseudonyms.partyKey(r.idNumber())));
        d.relations().interestUsccs().forEach(u -> keys.add(pseudonyms.partyKey(u)));
        d.relations().formerEmployers().stream().filter(e -> e.uscc() != null).forEach(e -> keys.add(pseudonyms.partyKey(e.uscc())));
        return new InspectorSnapshotRow(inspector.id().value(), d.departmentId(), d.regionCode(), d.post(),
                d.itemIds(), d.categories(), d.tags(), d.status().name(), keys.stream().distinct().sorted().toList());
    }


    @Override
    public RegistrySnapshot get(SnapshotId id) {
        return snapshots.find(id).orElseThrow(() -> DomainProblem.notFound("SNAPSHOT_NOT_FOUND", "快照", id.value()));
    }

    @Override
    public List<RegistrySnapshot> latest(String departmentId, SnapshotKind kind, int limit) {
        return snapshots.latest(departmentId, kind, Math.max(1, Math.min(limit, 200)));
    }

    @Override
    public InputStream openContent(SnapshotId id) {
        get(id);
        return snapshots.openContent(id);
    }
}
