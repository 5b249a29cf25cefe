package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.platform.audit.AuditEntry;
import cn.shuangsuiji.platform.audit.AuditTrail;
import org.mockito.Mockito;
import org.springframework.data.mongodb.core.MongoTemplate;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.draw.application.port.out.DrawLogRepository;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.application.port.out.ExecutionRepository;
import cn.shuangsuiji.draw.application.port.out.FrozenInputsStore;
import cn.shuangsuiji.draw.application.port.out.PlanRepository;
import cn.shuangsuiji.draw.application.port.out.SelectionLedger;
import cn.shuangsuiji.draw.application.port.out.SnapshotCatalog;
import cn.shuangsuiji.draw.application.port.out.SnapshotSource;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawId;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.drawprotocol.LogEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

/** In-memory fakes of every out-port (and the event publisher), for application tests without MongoDB. */
class InMemoryStores implements DrawRepository, DrawLogRepository, ExecutionRepository, FrozenInputsStore,
        PlanRepository, SnapshotCatalog, SelectionLedger, SnapshotSource, EventPublisher,
        cn.shuangsuiji.draw.application.port.out.EntityStatusBook,
        cn.shuangsuiji.draw.application.port.out.ItemCatalog,
        cn.shuangsuiji.draw.application.port.out.DepartmentDirectory,
        cn.shuangsuiji.draw.application.port.out.CheckRecordBook,
        cn.shuangsuiji.draw.application.port.out.RepeatCheckMarksStore,
        cn.shuangsuiji.draw.application.port.out.ExpertLibrary,
        cn.shuangsuiji.draw.application.port.out.ExpertAssignmentStore {

    final Map<String, cn.shuangsuiji.draw.domain.check.CheckRecord> checks = new java.util.TreeMap<>();
    final Map<String, cn.shuangsuiji.draw.domain.check.RepeatCheckMarks> repeatMarks = new java.util.HashMap<>();

    @Override
    public void recordAll(List<cn.shuangsuiji.draw.domain.check.CheckRecord> all) {
        all.forEach(c -> checks.merge(c.key(), c, (old, neu) -> neu.version() > old.version() ? neu : old));
    }

    @Override
    public List<cn.shuangsuiji.draw.domain.check.CheckRecord> checksOf(int year, Collection<String> itemIds) {
        return checks.values().stream().filter(c -> c.checkDate().getYear() == year)
                .filter(c -> c.itemIds().stream().anyMatch(itemIds::contains)).toList();
    }

    @Override
    public void save(String drawId, cn.shuangsuiji.draw.domain.check.RepeatCheckMarks marks) {
        repeatMarks.put(drawId, marks);
    }

    @Override
    public Optional<cn.shuangsuiji.draw.domain.check.RepeatCheckMarks> marksOf(String drawId) {
        return Optional.ofNullable(repeatMarks.get(drawId));
    }

    final List<cn.shuangsuiji.draw.domain.snapshot.ExpertRecord> experts = new java.util.ArrayList<>();
    final Map<String, List<cn.shuangsuiji.draw.domain.draw.ExpertOnTeam>> assigned = new java.util.HashMap<>();

    @Override
    public List<cn.shuangsuiji.draw.domain.snapshot.ExpertRecord> pool(java.util.Collection<String> departmentIds) {
        return experts.stream().filter(e -> departmentIds.contains(e.departmentId())).toList();
    }

    @Override
    public void add(String drawId, cn.shuangsuiji.draw.domain.draw.ExpertOnTeam e) {
        assigned.computeIfAbsent(drawId, x -> new java.util.ArrayList<>()).add(e);
    }

    @Override
    public List<cn.shuangsuiji.draw.domain.draw.ExpertOnTeam> ofDraw(String drawId) {
        return List.copyOf(assigned.getOrDefault(drawId, List.of()));
    }

    final Map<String, cn.shuangsuiji.draw.domain.draw.DispatchTargets.Department> departments =
            new java.util.HashMap<>();

    @Override
    public void save(cn.shuangsuiji.draw.domain.draw.DispatchTargets.Department d) {
        departments.put(d.id(), d);
    }

    @Override
    public Optional<cn.shuangsuiji.draw.domain.draw.DispatchTargets.Department> department(String id) {
        return Optional.ofNullable(departments.get(id));
    }

    final Map<String, String> statuses = new java.util.HashMap<>();
    final Map<String, ItemState> items = new java.util.HashMap<>();

    @Override
    public void record(String entityId, String status, long version) {
        statuses.put(entityId, status);
    }

    @Override
    public Optional<String> statusOf(String entityId) {
        return Optional.ofNullable(statuses.get(entityId));
    }

    @Override
    public void published(String itemId, int version, String expertise) {
        ItemState s = items.get(itemId);
        items.put(itemId, new ItemState(version, s == null ? 0 : s.withdrawnVersion(), null, expertise));
    }

    @Override
    public void withdrawn(String itemId, int version, String reason) {
        ItemState s = items.get(itemId);
        items.put(itemId, new ItemState(s == null ? 0 : s.publishedVersion(), version, reason));
    }

    @Override
    public Optional<ItemState> state(String itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    @Override
    public List<Draw> ofTask(String planId, String taskId) {
        return draws.values().stream().filter(d -> d.header().planId().equals(planId)
                && d.header().taskId().equals(taskId)).toList();
    }

    final Map<String, Draw> draws = new TreeMap<>();
    /** The audit entries recorded (留痕). */
    final List<AuditEntry> audits = new ArrayList<>();
    private AuditTrail audit;

    /** An audit trail that records into {@link #audits}. */
    AuditTrail audit() {
        if (audit == null) {
            MongoTemplate mongo = Mockito.mock(MongoTemplate.class);
            Mockito.when(mongo.insert(Mockito.any(AuditEntry.class))).thenAnswer(call -> {
                audits.add(call.getArgument(0));
                return call.getArgument(0);
            });
            audit = new AuditTrail(mongo, java.time.Clock.systemUTC(), "draw-service");
        }
        return audit;
    }
    private InMemoryTransparencyLog tlog;

    /** The platform transparency log, publishing its checkpoints into {@link #events}. */
    InMemoryTransparencyLog tlog() {
        if (tlog == null) {
            tlog = new InMemoryTransparencyLog(this, java.time.Clock.systemUTC());
        }
        return tlog;
    }
    final Map<String, List<LogEntry>> logs = new HashMap<>();
    final Map<String, Execution> executions = new HashMap<>();
    final Map<String, byte[]> frozen = new HashMap<>();
    final Map<String, ApprovedPlan> plans = new HashMap<>();
    final Map<String, ConfirmedSnapshot> snapshots = new LinkedHashMap<>();
    final Map<String, byte[]> contents = new HashMap<>();
    final List<Selection> selections = new ArrayList<>();
    final List<IntegrationEvent> events = new ArrayList<>();

    @Override
    public void insert(Draw draw) {
        if (draws.putIfAbsent(draw.id().value(), bump(draw)) != null) {
            throw new DuplicateKeyException(draw.id().value());
        }
    }

    @Override
    public void update(Draw draw) {
        Draw stored = draws.get(draw.id().value());
        if (stored == null || stored.version() != draw.version()) {
            throw new OptimisticLockingFailureException("stale " + draw.id());
        }
        draws.put(draw.id().value(), bump(draw));
    }

    private static Draw bump(Draw d) {
        return new Draw(d.id(), d.header(), d.state(), d.resultHash(), d.abandonReason(), d.witnesses(),
                d.dispatches(), d.confirmations(), d.version() + 1);
    }

    @Override
    public Optional<Draw> find(DrawId id) {
        return Optional.ofNullable(draws.get(id.value()));
    }

    @Override
    public List<Draw> list(Filter f, String after, int limit) {
        return draws.values().stream().filter(d -> after == null || d.id().value().compareTo(after) > 0)
                .filter(d -> f.planId() == null || d.header().planId().equals(f.planId()))
                .filter(d -> f.taskId() == null || d.header().taskId().equals(f.taskId()))
                .filter(d -> f.state() == null || d.state() == f.state())
                .filter(d -> f.departmentId() == null || involves(d, java.util.Set.of(f.departmentId())))
                .filter(d -> f.readableBy() == null || involves(d, f.readableBy()))
                .limit(limit).toList();
    }

    private static boolean involves(Draw d, java.util.Set<String> departments) {
        return departments.contains(d.header().initiatingDepartmentId())
                || d.header().participatingDepartmentIds().stream().anyMatch(departments::contains)
                || d.dispatches().stream().anyMatch(x -> departments.contains(x.departmentId()));
    }

    @Override
    public List<Draw> withOverdueDispatches(LocalDate today, String after, int limit) {
        return draws.values().stream().filter(d -> after == null || d.id().value().compareTo(after) > 0)
                .filter(d -> d.dispatches().stream().anyMatch(x -> x.overdueOn(today))).limit(limit).toList();
    }

    @Override
    public List<LogEntry> entries(String drawId) {
        return List.copyOf(logs.getOrDefault(drawId, List.of()));
    }

    @Override
    public void append(String drawId, LogEntry entry) {
        List<LogEntry> list = logs.computeIfAbsent(drawId, k -> new ArrayList<>());
        if (list.stream().anyMatch(e -> e.seq() == entry.seq())) {
            throw new DuplicateKeyException(drawId + ":" + entry.seq());
        }
        list.add(entry);
    }

    @Override
    public void insert(Execution execution) {
        if (executions.putIfAbsent(execution.drawId(), execution) != null) {
            throw new DuplicateKeyException(execution.drawId());
        }
    }

    @Override
    public Optional<Execution> find(String drawId) {
        return Optional.ofNullable(executions.get(drawId));
    }

    @Override
    public void store(String drawId, byte[] data) {
        frozen.put(drawId, data);
    }

    @Override
    public Optional<byte[]> load(String drawId) {
        return Optional.ofNullable(frozen.get(drawId));
    }

    @Override
    public Optional<ApprovedPlan> findPlan(String planId) {
        return Optional.ofNullable(plans.get(planId));
    }

    @Override
    public void save(ApprovedPlan plan) {
        plans.put(plan.planId(), plan);
    }

    @Override
    public void save(ConfirmedSnapshot snapshot) {
        snapshots.put(snapshot.snapshotId(), snapshot);
    }

    @Override
    public Optional<ConfirmedSnapshot> findSnapshot(String snapshotId) {
        return Optional.ofNullable(snapshots.get(snapshotId));
    }

    @Override
    public List<ConfirmedSnapshot> newerOfSameScope(ConfirmedSnapshot s) {
        return snapshots.values().stream().filter(o -> o.kind().equals(s.kind())
                && o.departmentIds().equals(s.departmentIds()) && o.regionCodes().equals(s.regionCodes())
                && o.objectTypes().equals(s.objectTypes()) && o.confirmedAt().isAfter(s.confirmedAt())).toList();
    }

    @Override
    public List<ConfirmedSnapshot> ofDepartment(String kind, String departmentId) {
        return snapshots.values().stream().filter(s -> s.kind().equals(kind)
                && s.departmentIds().contains(departmentId))
                .sorted(Comparator.comparing(ConfirmedSnapshot::confirmedAt).reversed()).toList();
    }

    @Override
    public void append(List<Selection> list) {
        selections.addAll(list);
    }

    @Override
    public Map<String, Integer> drawnInYear(int year) {
        Map<String, Integer> counts = new HashMap<>();
        selections.stream().filter(s -> s.year() == year).forEach(s -> counts.merge(s.entityId(), s.delta(),
                Integer::sum));
        counts.values().removeIf(n -> n <= 0);
        return counts;
    }

    @Override
    public Set<String> drawnAtLevels(int year, Collection<String> levels, Collection<String> itemIds) {
        Set<String> ids = new HashSet<>();
        selections.stream().filter(s -> s.year() == year && levels.contains(s.level()) && s.delta() > 0
                && s.itemIds().stream().anyMatch(itemIds::contains)).forEach(s -> ids.add(s.entityId()));
        return ids;
    }

    @Override
    public Set<String> pairingsSince(int fromYear) {
        Set<String> pairs = new HashSet<>();
        selections.stream().filter(s -> s.year() >= fromYear).forEach(s -> s.inspectorIds()
                .forEach(i -> pairs.add(i + '\u0000' + s.entityId())));
        return pairs;
    }

    @Override
    public byte[] content(ConfirmedSnapshot snapshot) {
        return contents.get(snapshot.snapshotId());
    }

    @Override
    public void publish(IntegrationEvent event) {
        events.add(event);
    }

    <T> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
