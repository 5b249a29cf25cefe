package cn.shuangsuiji.registry.adapter.out.persistence;

import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.CREDIT_PROFILES;
import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.RISK_RULES;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import cn.shuangsuiji.registry.application.port.out.CreditProfileRepository;
import cn.shuangsuiji.registry.application.port.out.RiskRuleRepository;
import cn.shuangsuiji.registry.domain.credit.CombineMode;
import cn.shuangsuiji.registry.domain.credit.CreditProfile;
import cn.shuangsuiji.registry.domain.credit.RiskFact;
import cn.shuangsuiji.registry.domain.credit.RiskFactKind;
import cn.shuangsuiji.registry.domain.credit.RiskRule;
import cn.shuangsuiji.registry.domain.entity.CreditClass;

/** Maps credit profiles and risk rules to and from their documents. */
@Component
class CreditPersistenceAdapter implements CreditProfileRepository, RiskRuleRepository {

    private final MongoTemplate mongo;

    CreditPersistenceAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CreditProfile> find(String entityId) {
        return Optional.ofNullable(mongo.findById(entityId, Document.class, CREDIT_PROFILES)).map(this::profile);
    }

    @Override
    public Map<String, CreditProfile> find(Collection<String> entityIds) {
        Map<String, CreditProfile> byEntity = new HashMap<>();
        for (Document d : mongo.find(Query.query(Criteria.where("_id").in(entityIds)), Document.class,
                CREDIT_PROFILES)) {
            CreditProfile p = profile(d);
            byEntity.put(p.entityId(), p);
        }
        return byEntity;
    }

    @Override
    public boolean save(CreditProfile profile, long expectedVersion) {
        Document doc = new Document("_id", profile.entityId()).append("version", profile.version())
                .append("facts", profile.facts().stream().map(CreditPersistenceAdapter::fact).toList());
        if (expectedVersion == 0) {
            try {
                mongo.insert(doc, CREDIT_PROFILES);
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        }
        Query query = Query.query(Criteria.where("_id").is(profile.entityId()).and("version").is(expectedVersion));
        Update update = new Update().set("version", profile.version()).set("facts", doc.get("facts"));
        return mongo.updateFirst(query, update, CREDIT_PROFILES).getMatchedCount() == 1;
    }

    @Override
    public Map<String, CreditProfile> all() {
        Map<String, CreditProfile> byEntity = new HashMap<>();
        for (Document d : mongo.findAll(Document.class, CREDIT_PROFILES)) {
            CreditProfile p = profile(d);
            byEntity.put(p.entityId(), p);
        }
        return byEntity;
    }

    @Override
    public List<RiskRule> current() {
        Map<String, RiskRule> latest = new TreeMap<>();
        for (Document d : mongo.findAll(Document.class, RISK_RULES)) {
            RiskRule r = rule(d);
            latest.merge(r.jurisdiction(), r, (a, b) -> a.version() >= b.version() ? a : b);
        }
        return new ArrayList<>(latest.values());
    }

    @Override
    public List<RiskRule> versions(String jurisdiction) {
        return mongo.find(Query.query(Criteria.where("jurisdiction").is(jurisdiction)), Document.class, RISK_RULES)
                .stream().map(this::rule).sorted(Comparator.comparingInt(RiskRule::version)).toList();
    }

    @Override
    public boolean insert(RiskRule rule) {
        Document classFor = new Document();
        rule.classFor().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> classFor.append(e.getKey().name(), e.getValue().name()));
        try {
            mongo.insert(new Document("_id", rule.jurisdiction() + ":" + rule.version())
                    .append("jurisdiction", rule.jurisdiction()).append("version", rule.version())
                    .append("classFor", classFor).append("combine", rule.combine().name())
                    .append("lookbackYears", rule.lookbackYears()).append("reason", rule.reason())
                    .append("createdBy", rule.createdBy()).append("createdAt", BsonValues.instant(rule.createdAt())),
                    RISK_RULES);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private static Document fact(RiskFact f) {
        return new Document("kind", f.kind().name()).append("departmentId", f.departmentId())
                .append("inspectionId", f.inspectionId()).append("date", BsonValues.date(f.date()))
                .append("eventType", f.eventType()).append("eventId", f.eventId())
                .append("receivedAt", BsonValues.instant(f.receivedAt()));
    }

    private CreditProfile profile(Document d) {
        List<RiskFact> facts = BsonValues.documents(d, "facts").stream().map(f -> new RiskFact(
                RiskFactKind.valueOf(f.getString("kind")), f.getString("departmentId"), f.getString("inspectionId"),
                BsonValues.date(f.get("date")), f.getString("eventType"), f.getString("eventId"),
                BsonValues.instant(f.get("receivedAt")))).toList();
        return new CreditProfile(d.getString("_id"), facts, BsonValues.number(d, "version"));
    }

    private RiskRule rule(Document d) {
        Map<RiskFactKind, CreditClass> classFor = new EnumMap<>(RiskFactKind.class);
        Document c = d.get("classFor", Document.class);
        c.forEach((k, v) -> classFor.put(RiskFactKind.valueOf(k), CreditClass.valueOf((String) v)));
        return new RiskRule(d.getString("jurisdiction"), d.getInteger("version"), classFor,
                CombineMode.valueOf(d.getString("combine")), d.getInteger("lookbackYears"), d.getString("reason"),
                d.getString("createdBy"), BsonValues.instant(d.get("createdAt")));
    }
}
