package cn.shuangsuiji.draw.adapter.out.persistence;

import cn.shuangsuiji.draw.application.port.out.DepartmentDirectory;
import cn.shuangsuiji.draw.application.port.out.EntityStatusBook;
import cn.shuangsuiji.draw.domain.draw.DispatchTargets.Department;
import cn.shuangsuiji.draw.application.port.out.ItemCatalog;
import cn.shuangsuiji.draw.application.port.out.PlanRepository;
import cn.shuangsuiji.draw.application.port.out.SelectionLedger;
import cn.shuangsuiji.draw.application.port.out.SnapshotCatalog;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Read models (plans, snapshots) and the selection ledger in MongoDB. */
@Component
class ReadModelPersistenceAdapter implements PlanRepository, SnapshotCatalog, SelectionLedger, EntityStatusBook,
        ItemCatalog, DepartmentDirectory {

    private final MongoTemplate mongo;

    ReadModelPersistenceAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<ApprovedPlan> findPlan(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PlanDocument.class)).map(PlanDocument::plan);
    }

    @Override
    public void save(ApprovedPlan plan) {
        mongo.save(new PlanDocument(plan.planId(), plan));
    }

    @Override
    public void save(ConfirmedSnapshot s) {
        mongo.save(new SnapshotDocument(s.snapshotId(), s.kind(), s.departmentIds(), s.regionCodes(),
                s.objectTypes(), s.recordCount(), s.merkleRoot(), s.contentSha256(), s.contentPath(),
                s.confirmedAt()));
    }

    @Override
    public Optional<ConfirmedSnapshot> findSnapshot(String snapshotId) {
        return Optional.ofNullable(mongo.findById(snapshotId, SnapshotDocument.class))
                .map(ReadModelPersistenceAdapter::toDomain);
    }

    @Override
    public List<ConfirmedSnapshot> newerOfSameScope(ConfirmedSnapshot s) {
        Query q = Query.query(Criteria.where("kind").is(s.kind()).and("departmentIds").is(s.departmentIds())
                .and("regionCodes").is(s.regionCodes()).and("objectTypes").is(s.objectTypes())
                .and("confirmedAt").gt(s.confirmedAt())).with(Sort.by(Sort.Direction.DESC, "confirmedAt"));
        return mongo.find(q, SnapshotDocument.class).stream().map(ReadModelPersistenceAdapter::toDomain).toList();
    }

    @Override
    public List<ConfirmedSnapshot> ofDepartment(String kind, String departmentId) {
        Query q = Query.query(Criteria.where("kind").is(kind).and("departmentIds").is(departmentId))
                .with(Sort.by(Sort.Direction.DESC, "confirmedAt")).limit(50);
        return mongo.find(q, SnapshotDocument.class).stream().map(ReadModelPersistenceAdapter::toDomain).toList();
    }

    private static ConfirmedSnapshot toDomain(SnapshotDocument d) {
        return new ConfirmedSnapshot(d.id(), d.kind(), d.departmentIds(), d.regionCodes(), d.objectTypes(),
                d.recordCount(), d.merkleRoot(), d.contentSha256(), d.contentPath(), d.confirmedAt());
    }

    @Override
    public void append(List<Selection> selections) {
        mongo.insertAll(selections.stream().map(s -> new SelectionDocument(s.drawId() + ":" + s.seq() + ":"
                + s.entityId() + ":" + s.delta(), s.drawId(), s.seq(), s.year(), s.level(), s.entityId(), s.delta(),
                s.itemIds(), s.inspectorIds(), s.at())).toList());
    }

    @Override
    public Map<String, Integer> drawnInYear(int year) {
        Aggregation a = Aggregation.newAggregation(Aggregation.match(Criteria.where("year").is(year)),
                Aggregation.group("entityId").sum("delta").as("n"));
        Map<String, Integer> counts = new HashMap<>();
        for (Document d : mongo.aggregate(a, SelectionDocument.class, Document.class).getMappedResults()) {
            int n = ((Number) d.get("n")).intValue();
            if (n > 0) {
                counts.put(d.getString("_id"), n);
            }
        }
        return counts;
    }

    /**
     * 上级已抽查 (S2 18): entities whose net selections (+1 drawn, −1 substituted away) at one of the levels for one
     * of the items are positive this year. Aggregated in the database to the entity id only — a projection of the
     * whole {@link SelectionDocument} cannot be mapped (its numeric fields would be missing).
     */
    @Override
    public Set<String> drawnAtLevels(int year, Collection<String> levels, Collection<String> itemIds) {
        Aggregation a = Aggregation.newAggregation(Aggregation.match(Criteria.where("year").is(year)
                        .and("level").in(levels).and("itemIds").in(itemIds)),
                Aggregation.group("entityId").sum("delta").as("n"),
                Aggregation.match(Criteria.where("n").gt(0)));
        Set<String> ids = new HashSet<>();
        for (Document d : mongo.aggregate(a, SelectionDocument.class, Document.class).getMappedResults()) {
            ids.add(d.getString("_id"));
        }
        return ids;
    }

    @Override
    public void record(String entityId, String status, long version) {
        EntityStatusDocument known = mongo.findById(entityId, EntityStatusDocument.class);
        if (known == null || known.version() <= version) {
            mongo.save(new EntityStatusDocument(entityId, status, version));
        }
    }

    @Override
    public void save(Department d) {
        mongo.save(new DepartmentDocument(d.id(), d.level(), d.parentId(), d.regionCode()));
    }

    @Override
    public Optional<Department> department(String departmentId) {
        return Optional.ofNullable(mongo.findById(departmentId, DepartmentDocument.class))
                .map(d -> new Department(d.id(), d.level(), d.parentId(), d.regionCode()));
    }

    @Override
    public void published(String itemId, int version, String expertise) {
        ItemStateDocument d = mongo.findById(itemId, ItemStateDocument.class);
        if (d == null || d.publishedVersion() < version) {
            mongo.save(new ItemStateDocument(itemId, version, d == null ? 0 : d.withdrawnVersion(),
                    d == null ? null : d.withdrawReason(), expertise));
        }
    }

    @Override
    public void withdrawn(String itemId, int version, String reason) {
        ItemStateDocument d = mongo.findById(itemId, ItemStateDocument.class);
        if (d == null || d.withdrawnVersion() < version) {
            mongo.save(new ItemStateDocument(itemId, d == null ? 0 : d.publishedVersion(), version, reason,
                    d == null ? null : d.expertise()));
        }
    }

    @Override
    public Optional<ItemState> state(String itemId) {
        return Optional.ofNullable(mongo.findById(itemId, ItemStateDocument.class))
                .map(d -> new ItemState(d.publishedVersion(), d.withdrawnVersion(), d.withdrawReason(),
                        d.expertise()));
    }

    @Override
    public Optional<String> statusOf(String entityId) {
        return Optional.ofNullable(mongo.findById(entityId, EntityStatusDocument.class))
                .map(EntityStatusDocument::status);
    }

    @Override
    public Set<String> pairingsSince(int fromYear) {
        Query q = Query.query(Criteria.where("year").gte(fromYear).and("inspectorIds.0").exists(true));
        Set<String> pairs = new HashSet<>();
        mongo.find(q, SelectionDocument.class).forEach(s -> s.inspectorIds().forEach(i ->
                pairs.add(i + '\u0000' + s.entityId())));
        return pairs;
    }
}
