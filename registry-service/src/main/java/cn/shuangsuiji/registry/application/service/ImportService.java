package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.contracts.registry.EntitiesRegistered;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.registry.application.port.in.ImportUseCases;
import cn.shuangsuiji.registry.application.port.in.RegionQueries;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.out.EntityRepository;
import cn.shuangsuiji.registry.application.port.out.HistoryRepository;
import cn.shuangsuiji.registry.application.port.out.HistoryRepository.Change;
import cn.shuangsuiji.registry.application.port.out.ImportJobRepository;
import cn.shuangsuiji.registry.application.port.out.InspectorRepository;
import cn.shuangsuiji.registry.application.port.out.ItemRepository;
import cn.shuangsuiji.registry.application.port.out.TabularFiles;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.importing.ImportJob;
import cn.shuangsuiji.registry.domain.importing.ImportKind;
import cn.shuangsuiji.registry.domain.importing.RowError;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.InspectorDetails;
import cn.shuangsuiji.registry.domain.inspector.InspectorId;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.item.ItemVersion;
import cn.shuangsuiji.registry.domain.organisation.RegionCode;
import cn.shuangsuiji.registry.domain.privacy.Pseudonyms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import cn.shuangsuiji.platform.mongo.RetryingTransactions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 批量导入 — bulk import of registry files (S0 13; S1 11).
 *
 * <p>Two streaming passes over the stored upload: the first parses the whole file and counts its rows, so a
 * malformed file or a bad header fails the job before anything is applied; the second validates each row,
 * and writes good rows in batches: new records by unordered bulk insert (outside a transaction, for speed),
 * changed records by replacement together with their history and per-record events in one transaction per
 * batch. Rows equal to the stored record change nothing (idempotent re-import). New entities are announced by
 * {@code EntitiesRegistered} events (at most 500 entities each) in their batch's transaction, and one
 * {@code EntitiesImported}/{@code InspectorsImported} per job announces the job's totals.
 *
 * <p>Inspection items (抽查事项, rules.md §1) are imported by item id into <em>draft</em> versions: a new id
 * drafts version 1, a changed row edits the open draft or starts version n+1 (a published version is never
 * edited, S2 8, 11), a row equal to the latest version changes nothing. Publishing stays an explicit act unless
 * the job was started with {@code publishItems}, which publishes each imported draft and emits
 * {@code InspectionItemPublished} in the batch's transaction.
 *
 * <p>Crash safety: each batch adds its counts to the job in the transaction that commits the batch's changes (new
 * records inserted just before it are found again by their {@code import:<job>} source if that transaction never
 * ran); a job ends, and announces what it wrote, exactly once through {@link ImportJobEnding}. While this instance
 * queues or runs a job it renews the job's lease (租约) every third of {@code ssj.registry.import.lease}; a job whose
 * lease expired belongs to a dead process and {@link RecoverInterruptedImportsService} ends it as
 * {@code INTERRUPTED}.
 */
@Service
class ImportService implements ImportUseCases {

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    static final int BATCH = 5000;
    private static final BatchFaults NO_FAULTS = (jobId, batch) -> { };
    static final int WRITES_IN_FLIGHT = 2;
    /** Items carry long texts; a MongoDB 4.0 transaction must stay under 16 MB of oplog. */
    static final int ITEM_BATCH = 200;

    private final TabularFiles files;
    private final EntityRepository entities;
    private final InspectorRepository inspectors;
    private final ItemRepository items;
    private final HistoryRepository history;
    private final ImportJobRepository jobs;
    private final KnownDepartments departments;
    private final RegionQueries regions;
    private final EventPublisher events;
    private final TransactionTemplate transactions;
    private final Executor executor;
    private final Clock clock;
    private final Pseudonyms pseudonyms;
    private final AuditTrail audit;
    private final ImportJobEnding ending;
    private final int batchSize;
    private final Duration lease;
    private final Set<String> leased = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeat;
    private volatile BatchFaults faults = NO_FAULTS;

    ImportService(TabularFiles files, EntityRepository entities, InspectorRepository inspectors, ItemRepository items,
                  HistoryRepository history, ImportJobRepository jobs, KnownDepartments departments, RegionQueries regions,
                  EventPublisher events, TransactionTemplate transactions,
                  @Qualifier("registryImportExecutor") Executor executor, Pseudonyms pseudonyms, AuditTrail audit,
                  ImportJobEnding ending, @Value("${ssj.registry.import.batch-size:5000}") int batchSize,
                  @Value("${ssj.registry.import.lease:30s}") Duration lease, Clock clock) {
        this.ending = ending;
        this.batchSize = batchSize;
        this.lease = lease;
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "registry-import-lease");
            t.setDaemon(true);
            return t;
        });
        this.pseudonyms = pseudonyms;
        this.audit = audit;
        this.files = files;
        this.entities = entities;
        this.inspectors = inspectors;
        this.items = items;
        this.history = history;
        this.jobs = jobs;
        this.departments = departments;
        this.regions = regions;
        this.events = events;
        this.transactions = transactions;
        this.executor = executor;
        this.clock = clock;
        long period = Math.max(100, lease.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::renewLeases, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public ImportJob start(ImportKind kind, String fileName, FileFormat format, Path file, Actor actor) {
        return start(kind, fileName, format, file, actor, false);
    }

    @Override
    public ImportJob start(ImportKind kind, String fileName, FileFormat format, Path file, Actor actor,
                           boolean publishItems) {
        requireImporter(actor);
        ImportJob job = ImportJob.queued("imp-" + UUID.randomUUID(), kind, fileName, format, actor.subject(),
                clock.instant());
        hold(job);
        executor.execute(() -> run(job, file, publishItems, actor));
        return job;
    }

    @Override
    public ImportJob runNow(ImportKind kind, String fileName, FileFormat format, Path file, Actor actor) {
        return runNow(kind, fileName, format, file, actor, false);
    }

    @Override
    public ImportJob runNow(ImportKind kind, String fileName, FileFormat format, Path file, Actor actor,
                            boolean publishItems) {
        requireImporter(actor);
        ImportJob job = ImportJob.queued("imp-" + UUID.randomUUID(), kind, fileName, format, actor.subject(),
                clock.instant());
        hold(job);
        return run(job, file, publishItems, actor);
    }

    /** The source recorded on the records an import job creates. */
    static String source(String jobId) {
        return "import:" + jobId;
    }

    @jakarta.annotation.PreDestroy
    void stopRenewingLeases() {
        heartbeat.shutdownNow();
    }

    /** Stores a new job with its lease, which this instance then renews while it queues or runs the job. */
    private void hold(ImportJob job) {
        jobs.save(job, clock.instant().plus(lease));
        leased.add(job.id());
    }

    private void renewLeases() {
        try {
            if (!leased.isEmpty()) {
                jobs.renewLeases(List.copyOf(leased), clock.instant().plus(lease));
            }
        } catch (RuntimeException e) {
            log.warn("Could not renew the leases of import jobs {}: {}", leased, e.toString());
        }
    }

    /** Test seam: called after a batch of new entities was inserted, before the batch's transaction. */
    void faults(BatchFaults faults) {
        this.faults = faults == null ? NO_FAULTS : faults;
    }

    /** A fault injected between a batch's insert and its transaction (tests simulate a crash with it). */
    @FunctionalInterface
    interface BatchFaults {
        void afterInsert(String jobId, int batch);
    }

    /**
     * A department's registry clerk imports its own department's rows (others are rejected row by row with
     * {@code DEPARTMENT_FORBIDDEN}); the platform itself ({@link Actor#system}) loads any department's.
     */
    private static void requireImporter(Actor actor) {
        if (RegistryRights.isPlatform(actor)) {
            return;
        }
        actor.require(Role.REGISTRY_CLERK);
        if (actor.departmentId() == null) {
            throw Actor.forbidden("名录管理员须属于一个部门");
        }
    }

    /** The department whose rows the importer may write, or null for the platform itself (any department). */
    private static String importerDepartment(Actor actor) {
        return actor.has(Role.REGISTRY_CLERK) ? actor.departmentId() : null;
    }

    @Override
    public ImportJob get(String jobId, Actor actor) {
        RegistryRights.requireStaff(actor);
        return get(jobId);
    }

    @Override
    public ImportJob get(String jobId) {
        return jobs.find(jobId).orElseThrow(() -> DomainProblem.notFound("IMPORT_NOT_FOUND", "导入任务", jobId));
    }

    @Override
    public void errors(String jobId, Consumer<RowError> sink) {
        get(jobId);
        jobs.forEachError(jobId, sink);
    }

    private ImportJob run(ImportJob queued, Path file, boolean publishItems, Actor actor) {
        try {
            ImportColumns columns = switch (queued.kind()) {
                case ENTITIES -> EntityRows.COLUMNS;
                case INSPECTORS -> InspectorRows.COLUMNS;
                case ITEMS -> ItemRows.COLUMNS;
            };
            TabularFiles.Structure structure = files.inspect(file, queued.format());
            Map<String, Integer> positions = columns.bind(structure.header());
            ImportJob job = queued.running(structure.dataRows(), clock.instant());
            jobs.save(job);
            Batcher batcher = new Batcher(job, positions, departments.all(), publishItems, actor);
            try {
                files.read(file, queued.format(), batcher::row);
                batcher.flush();
                batcher.finishWrites();
            } finally {
                batcher.writer.shutdownNow();
            }
            ImportJob done = ending.end(queued.id(), counted -> counted.completed(clock.instant()), false, actor,
                    "import.complete").orElseGet(() -> get(queued.id()));
            log.info("Import {}: {} rows, {}; waited {} ms for writes, {} ms for lookups of existing records",
                    done.id(), done.rowsDone(), done.state(), batcher.writeWaitNanos / 1_000_000,
                    batcher.lookupNanos / 1_000_000);
            return done;
        } catch (DomainProblem e) {
            return fail(queued, e.code(), e.detail(), actor);
        } catch (RuntimeException e) {
            log.error("Import {} failed", queued.id(), e);
            return fail(queued, "IMPORT_FAILED", "导入中断：" + e.getMessage(), actor);
        } finally {
            leased.remove(queued.id());
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete import file {}", file, e);
            }
        }
    }

    private ImportJob fail(ImportJob queued, String code, String message, Actor actor) {
        return ending.end(queued.id(), counted -> counted.failed(code, message, clock.instant()), true, actor,
                "import.fail").orElseGet(() -> get(queued.id()));
    }

    /** Collects validated rows and writes them a batch at a time. */
    private final class Batcher {
        private ImportJob job;
        private final Map<String, Integer> positions;
        private final Set<String> knownDepartments;
        private final Actor importer;
        private final String allowedDepartment;
        private final List<Long> lines = new ArrayList<>();
        private final List<EntityDetails> entityRows = new ArrayList<>();
        private final List<InspectorDetails> inspectorRows = new ArrayList<>();
        private final List<ItemRows.ItemRow> itemRows = new ArrayList<>();
        private final boolean publishItems;
        private final List<RowError> errors = new ArrayList<>();
        /**
         * Inserts run here, {@link #WRITES_IN_FLIGHT} batches at a time, while the next batch is parsed and
         * validated: MongoDB inserts one batch on one core.
         */
        private final ExecutorService writer = Executors.newFixedThreadPool(WRITES_IN_FLIGHT, r -> {
            Thread t = new Thread(r, "registry-import-writer");
            t.setDaemon(true);
            return t;
        });
        private final java.util.ArrayDeque<Future<long[]>> pendingWrites = new java.util.ArrayDeque<>();
        private long done;

        private long writeWaitNanos;
        private long lookupNanos;

        private final Map<String, Boolean> knownRegions = new java.util.HashMap<>();

        private boolean regionKnown(String code) {
            return knownRegions.computeIfAbsent(code, c -> regions.exists(new RegionCode(c)));
        }

        void finishWrites() {
            awaitWrites(0);
        }

        /**
         * Waits until at most {@code inFlight} writes are pending; the created, updated and unchanged counts of
         * the writes that finished (each reported once).
         */
        long[] awaitWrites(int inFlight) {
            long start = System.nanoTime();
            long[] counts = new long[3];
            try {
                while (pendingWrites.size() > inFlight) {
                    long[] c = pendingWrites.removeFirst().get();
                    for (int i = 0; i < 3; i++) {
                        counts[i] += c[i];
                    }
                }
                writeWaitNanos += System.nanoTime() - start;
                return counts;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("import interrupted", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        Batcher(ImportJob job, Map<String, Integer> positions, Set<String> knownDepartments, boolean publishItems,
                Actor importer) {
            this.importer = importer;
            this.allowedDepartment = importerDepartment(importer);
            this.job = job;
            this.publishItems = publishItems;
            this.positions = positions;
            this.knownDepartments = knownDepartments;
        }

        void row(long line, List<String> cells) {
            done++;
            ImportColumns.Row row = new ImportColumns.Row(positions, cells, this::regionKnown);
            try {
                switch (job.kind()) {
                    case ENTITIES -> {
                        EntityDetails d = EntityRows.parse(row, knownDepartments, this::storedIdNumber, pseudonyms);
                        requireOwnDepartment(d.supervisionScopes(), "supervisionScopes");
                        entityRows.add(d);
                    }
                    case INSPECTORS -> {
                        InspectorDetails d = InspectorRows.parse(row, knownDepartments);
                        requireOwnDepartment(List.of(d.departmentId()), "departmentId");
                        inspectorRows.add(d);
                    }
                    case ITEMS -> {
                        ItemRows.ItemRow r = ItemRows.parse(row, knownDepartments);
                        requireOwnDepartment(List.of(r.owner().value()), "departmentId");
                        itemRows.add(r);
                    }
                }
                lines.add(line);
            } catch (DomainProblem e) {
                for (FieldProblem p : e.fieldProblems()) {
                    errors.add(new RowError(line, p.field(), p.code(), p.message()));
                }
                rejectedInBatch++;
            }
            if (lines.size() + rejectedInBatch >= (job.kind() == ImportKind.ITEMS ? Math.min(ITEM_BATCH, batchSize)
                    : batchSize)) {
                flush();
            }
        }

        private long rejectedInBatch;

        /** A clerk's file may only hold rows of the clerk's own department (S1 5: 谁检查、谁负责). */
        private void requireOwnDepartment(java.util.Collection<String> owners, String field) {
            if (allowedDepartment != null && !owners.contains(allowedDepartment)) {
                throw DomainProblem.invalid("DEPARTMENT_FORBIDDEN", "只能导入本部门的记录", List.of(new FieldProblem(
                        field, "DEPARTMENT_FORBIDDEN", "只能导入本部门（" + allowedDepartment + "）的记录")));
            }
        }

        /**
         * The stored ID number of a natural person by entity id, for a row exported without personal data (one
         * lookup per such row; rows with a USCC or an ID number need none).
         */
        private String storedIdNumber(EntityId id) {
            return entities.find(id).map(e -> e.details().idNumber()).orElse(null);
        }

        /**
         * Writes the collected rows as one batch; the batch's transaction adds the batch's rows to the job's
         * counters (for entities on the writer thread, when the batch is written).
         */
        void flush() {
            long rows = lines.size() + rejectedInBatch;
            if (rows == 0) {
                return;
            }
            switch (job.kind()) {
                case ENTITIES -> writeEntities(rows, rejectedInBatch);
                case INSPECTORS -> writeInspectors(rows, rejectedInBatch);
                case ITEMS -> writeItems(rows, rejectedInBatch);
            }
            errors.clear();
            lines.clear();
            rejectedInBatch = 0;
        }

        private void storeErrors() {
            if (!errors.isEmpty()) {
                jobs.appendErrors(job.id(), List.copyOf(errors));
            }
        }

        /**
         * created, updated, unchanged, rejected of the rows handed over so far. Rows are first inserted as new
         * (no lookup: a first import is pure inserts); the ids already stored come back and only those are read,
         * compared and, if changed, replaced with history and events in one transaction. The write of one batch
         * runs while the next batch is parsed and validated.
         */
        private void writeEntities(long rows, long parseRejected) {
            awaitWrites(WRITES_IN_FLIGHT - 1);
            Instant now = clock.instant();
            Map<EntityId, RegulatedEntity> candidates = new java.util.LinkedHashMap<>();
            long rejected = 0;
            for (int i = 0; i < entityRows.size(); i++) {
                EntityDetails details = entityRows.get(i);
                RegulatedEntity entity = RegulatedEntity.register(details, pseudonyms, now);
                if (candidates.putIfAbsent(entity.id(), entity) != null) {
                    errors.add(new RowError(lines.get(i), "uscc", "DUPLICATE_IN_FILE",
                            "同一统一社会信用代码（或身份证号码）在文件中重复出现"));
                    rejected++;
                }
            }
            entityRows.clear();
            storeErrors();
            String source = source(job.id());
            int batch = ++batches;
            long batchRejected = parseRejected + rejected;
            pendingWrites.addLast(writer.submit(() -> storeEntities(List.copyOf(candidates.values()), importer, source,
                    now, batch, rows, batchRejected)));
        }

        private int batches;

        /**
         * Runs on the writer thread: inserts the new records, then in one transaction replaces the changed ones
         * with their history and events and adds the batch to the job's counters; created, updated, unchanged.
         */
        private long[] storeEntities(List<RegulatedEntity> candidates, Actor actor, String source, Instant now,
                                     int batch, long rows, long rejected) {
            Set<EntityId> stored = entities.insertNew(candidates, actor.subject(), source);
            faults.afterInsert(job.id(), batch);
            if (stored.isEmpty()) {
                RetryingTransactions.inTransaction(transactions, () -> {
                    publishRegistered(candidates, batch, now);
                    jobs.addBatch(job.id(), rows, candidates.size(), 0, 0, rejected);
                });
                return new long[] {candidates.size(), 0, 0};
            }
            long lookupStart = System.nanoTime();
            Map<EntityId, RegulatedEntity> existing = entities.findAll(stored);
            synchronized (this) {
                lookupNanos += System.nanoTime() - lookupStart;
            }
            List<Change<RegulatedEntity>> changed = new ArrayList<>();
            long unchanged = 0;
            for (RegulatedEntity candidate : candidates) {
                RegulatedEntity before = existing.get(candidate.id());
                if (before == null) {
                    continue;
                }
                EntityDetails details = EntityRows.withStoredPersonalData(candidate.details(), before.details(),
                        positions.keySet());
                if (before.details().equals(details)) {
                    unchanged++;
                } else {
                    changed.add(new Change<>(before, before.revise(details, now), "IMPORTED_CHANGE",
                            actor, now, source));
                }
            }
            long created = candidates.size() - stored.size();
            long unchangedRows = unchanged;
            List<RegulatedEntity> inserted = candidates.stream().filter(c -> !stored.contains(c.id())).toList();
            RetryingTransactions.inTransaction(transactions, () -> {
                publishRegistered(inserted, batch, now);
                if (!changed.isEmpty()) {
                    entities.bulkWrite(List.of(), changed.stream().map(Change::after).toList(), null, null);
                    history.appendEntityChanges(changed);
                    for (Change<RegulatedEntity> c : changed) {
                        events.publish(c.before().drawable() && !c.after().drawable()
                                ? RegistryEventFactory.deregistered(c.after(), "批量导入")
                                : RegistryEventFactory.changed(c.after()));
                    }
                }
                jobs.addBatch(job.id(), rows, created, changed.size(), unchangedRows, rejected);
            });
            return new long[] {created, changed.size(), unchanged};
        }

        /**
         * Announces the entities a batch created: one {@code EntitiesRegistered} per chunk of at most
         * {@link EntitiesRegistered#MAX_ENTITIES}, inside the batch's transaction.
         */
        private void publishRegistered(List<RegulatedEntity> created, int batch, Instant now) {
            for (int from = 0; from < created.size(); from += EntitiesRegistered.MAX_ENTITIES) {
                List<RegulatedEntity> chunk = created.subList(from,
                        Math.min(created.size(), from + EntitiesRegistered.MAX_ENTITIES));
                events.publish(RegistryEventFactory.registered(job.id(), batch, chunk, now));
            }
        }

        private void writeInspectors(long rows, long parseRejected) {
            Instant now = clock.instant();
            Map<InspectorId, Inspector> existing = inspectors.findAll(inspectorRows.stream()
                    .map(d -> InspectorId.ofCertificate(d.certificateNumber())).toList());
            List<Inspector> inserts = new ArrayList<>();
            List<Change<Inspector>> created = new ArrayList<>();
            List<Change<Inspector>> changed = new ArrayList<>();
            Set<InspectorId> seen = new HashSet<>();
            long unchanged = 0;
            long rejected = 0;
            String source = source(job.id());
            for (int i = 0; i < inspectorRows.size(); i++) {
                InspectorDetails details = inspectorRows.get(i);
                InspectorId id = InspectorId.ofCertificate(details.certificateNumber());
                if (!seen.add(id)) {
                    errors.add(new RowError(lines.get(i), "certificateNumber", "DUPLICATE_IN_FILE",
                            "同一执法证号在文件中重复出现"));
                    rejected++;
                    continue;
                }
                Inspector before = existing.get(id);
                if (before != null) {
                    details = InspectorRows.withStoredPersonalData(details, before.details(), positions.keySet());
                }
                if (before == null) {
                    Inspector inspector = Inspector.register(details, now);
                    inserts.add(inspector);
                    created.add(new Change<>(null, inspector, "IMPORTED_NEW", importer, now, source));
                } else if (before.details().equals(details)) {
                    unchanged++;
                } else {
                    changed.add(new Change<>(before, before.revise(details, now), "IMPORTED_CHANGE",
                            importer, now, source));
                }
            }
            storeErrors();
            long batchRejected = parseRejected + rejected;
            long unchangedRows = unchanged;
            RetryingTransactions.inTransaction(transactions, () -> {
                if (!inserts.isEmpty() || !changed.isEmpty()) {
                    inspectors.bulkWrite(inserts, changed.stream().map(Change::after).toList());
                    history.appendInspectorChanges(created);
                    history.appendInspectorChanges(changed);
                    created.forEach(c -> events.publish(RegistryEventFactory.registered(c.after())));
                    changed.forEach(c -> events.publish(RegistryEventFactory.changed(c.after())));
                }
                jobs.addBatch(job.id(), rows, inserts.size(), changed.size(), unchangedRows, batchRejected);
            });
            inspectorRows.clear();
        }

        /**
         * created, updated, unchanged, rejected of an item batch. Each row drafts, edits or versions its item by
         * id (published versions are never edited); with {@code publishItems} the draft is published too. All
         * writes and events of the batch share one transaction.
         */
        private void writeItems(long rows, long parseRejected) {
            Instant now = clock.instant();
            Set<InspectionItemId> seen = new HashSet<>();
            List<InspectionItem> inserts = new ArrayList<>();
            List<InspectionItem> updates = new ArrayList<>();
            Set<InspectionItemId> publishedNow = new HashSet<>();
            long unchanged = 0;
            long rejected = 0;
            for (int i = 0; i < itemRows.size(); i++) {
                ItemRows.ItemRow row = itemRows.get(i);
                if (!seen.add(row.id())) {
                    errors.add(new RowError(lines.get(i), "itemId", "DUPLICATE_IN_FILE", "同一事项标识在文件中重复出现"));
                    rejected++;
                    continue;
                }
                Optional<InspectionItem> stored = items.find(row.id());
                if (stored.isPresent() && !stored.get().owner().equals(row.owner())) {
                    errors.add(new RowError(lines.get(i), "departmentId", "ITEM_OWNER_MISMATCH",
                            "事项 " + row.id() + " 属于部门 " + stored.get().owner().value() + "，不能改为其他部门的事项"));
                    rejected++;
                    continue;
                }
                InspectionItem next = stored.map(before -> upsert(before, row, now))
                        .orElseGet(() -> InspectionItem.draft(row.id(), row.owner(), row.content(), now));
                if (publishItems && next.draft().isPresent()) {
                    next = next.publish(next.latest().number(), now);
                    publishedNow.add(next.id());
                }
                if (stored.isEmpty()) {
                    inserts.add(next);
                } else if (next.equals(stored.get())) {
                    unchanged++;
                } else {
                    updates.add(next);
                }
            }
            storeErrors();
            long batchRejected = parseRejected + rejected;
            long unchangedRows = unchanged;
            RetryingTransactions.inTransaction(transactions, () -> {
                List<InspectionItem> written = new ArrayList<>();
                inserts.forEach(item -> written.add(items.insert(item)));
                updates.forEach(item -> written.add(items.update(item)));
                written.stream().filter(item -> publishedNow.contains(item.id()))
                        .forEach(item -> events.publish(RegistryEventFactory.published(item, item.latest())));
                jobs.addBatch(job.id(), rows, inserts.size(), updates.size(), unchangedRows, batchRejected);
            });
            itemRows.clear();
        }

        /** A row equal to the latest version (the open draft if any) changes nothing (idempotent re-import). */
        private InspectionItem upsert(InspectionItem before, ItemRows.ItemRow row, Instant now) {
            ItemVersion latest = before.latest();
            if (latest.content().equals(row.content())) {
                return before;
            }
            return before.draft().isPresent() ? before.editDraft(latest.number(), row.content())
                    : before.reviseAsNewVersion(row.content(), now);
        }
    }
}
