package cn.shuangsuiji.disclosure.adapter.out.persistence;

import cn.shuangsuiji.contracts.disclosure.PublicPlan;
import cn.shuangsuiji.disclosure.application.port.in.PlanFilter;
import cn.shuangsuiji.disclosure.application.port.out.PlanViews;
import cn.shuangsuiji.disclosure.domain.PlanDossier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Plan dossiers in MongoDB. */
@Component
class MongoPlanViews implements PlanViews {

    private final MongoTemplate mongo;
    private final DossierJson json;

    MongoPlanViews(MongoTemplate mongo, DossierJson json) {
        this.mongo = mongo;
        this.json = json;
    }

    @Override
    public Optional<PlanDossier> find(String planId) {
        return Optional.ofNullable(mongo.findById(planId, PlanDossierDocument.class))
                .map(d -> json.read(d.json(), PlanDossier.class));
    }

    @Override
    public void save(PlanDossier dossier) {
        PublicPlan p = dossier.published();
        List<String> departments = new ArrayList<>();
        if (p != null) {
            departments.add(p.initiatingDepartmentId());
            departments.addAll(p.participatingDepartmentIds());
        }
        mongo.save(new PlanDossierDocument(dossier.planId(), p != null, departments, p == null ? null : p.year(),
                p == null ? null : p.kind(), p == null || p.periodStart() == null ? null : p.periodStart().toString(),
                p == null || p.periodEnd() == null ? null : p.periodEnd().toString(), json.write(dossier)));
    }

    @Override
    public List<PublicPlan> published(PlanFilter f, String afterId, int limit) {
        Criteria c = Criteria.where("published").is(true);
        if (f.departmentId() != null) {
            c = c.and("departmentIds").is(f.departmentId());
        }
        if (f.year() != null) {
            c = c.and("year").is(f.year());
        }
        if (f.kind() != null) {
            c = c.and("kind").is(f.kind());
        }
        if (f.from() != null) {
            c = c.and("periodEnd").gte(f.from().toString());
        }
        if (f.to() != null) {
            c = c.and("periodStart").lte(f.to().toString());
        }
        if (afterId != null) {
            c = c.and("_id").gt(afterId);
        }
        return mongo.find(Query.query(c).with(Sort.by("_id")).limit(limit), PlanDossierDocument.class).stream()
                .map(d -> json.read(d.json(), PlanDossier.class).published()).toList();
    }

    @Override
    public List<PublicPlan> allPublished() {
        return mongo.find(Query.query(Criteria.where("published").is(true)).with(Sort.by("_id")),
                PlanDossierDocument.class).stream().map(d -> json.read(d.json(), PlanDossier.class).published())
                .toList();
    }
}
