package cn.shuangsuiji.disclosure.adapter.out.persistence;

import cn.shuangsuiji.contracts.disclosure.PublicDraw;
import cn.shuangsuiji.disclosure.application.port.in.DrawFilter;
import cn.shuangsuiji.disclosure.application.port.out.DrawViews;
import cn.shuangsuiji.disclosure.domain.DrawDossier;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Draw dossiers in MongoDB. */
@Component
class MongoDrawViews implements DrawViews {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final MongoTemplate mongo;
    private final DossierJson json;

    MongoDrawViews(MongoTemplate mongo, DossierJson json) {
        this.mongo = mongo;
        this.json = json;
    }

    @Override
    public Optional<DrawDossier> find(String drawId) {
        return Optional.ofNullable(mongo.findById(drawId, DrawDossierDocument.class)).map(this::dossier);
    }

    @Override
    public void save(DrawDossier dossier) {
        PublicDraw d = dossier.full();
        List<String> departments = new ArrayList<>();
        if (d.initiatingDepartmentId() != null) {
            departments.add(d.initiatingDepartmentId());
        }
        departments.addAll(d.participatingDepartmentIds());
        String committedOn = d.commitment() == null || d.commitment().committedAt() == null ? null
                : LocalDate.ofInstant(d.commitment().committedAt(), CHINA).toString();
        boolean pending = dossier.withholding().withheld() && !dossier.released();
        LocalDate from = dossier.withholding().publicFrom();
        LocalDate bundleFrom = dossier.withholding().bundleFrom();
        mongo.save(new DrawDossierDocument(d.drawId(), d.planId(), departments, d.year(), committedOn, pending,
                from == null ? null : from.toString(), bundleFrom == null ? null : bundleFrom.toString(),
                dossier.bundlePending(), json.write(dossier)));
    }

    @Override
    public List<DrawDossier> page(DrawFilter f, String afterId, int limit) {
        Criteria c = new Criteria();
        if (f.planId() != null) {
            c = c.and("planId").is(f.planId());
        }
        if (f.departmentId() != null) {
            c = c.and("departmentIds").is(f.departmentId());
        }
        if (f.year() != null) {
            c = c.and("year").is(f.year());
        }
        if (f.from() != null || f.to() != null) {
            Criteria on = Criteria.where("committedOn");
            if (f.from() != null) {
                on = on.gte(f.from().toString());
            }
            if (f.to() != null) {
                on = on.lte(f.to().toString());
            }
            c = c.andOperator(on);
        }
        if (afterId != null) {
            c = c.and("_id").gt(afterId);
        }
        return mongo.find(Query.query(c).with(Sort.by("_id")).limit(limit), DrawDossierDocument.class).stream()
                .map(this::dossier).toList();
    }

    @Override
    public List<DrawDossier> dueForRelease(LocalDate day) {
        return mongo.find(Query.query(Criteria.where("pendingRelease").is(true).and("publicFrom").lte(day.toString()))
                .with(Sort.by("_id")), DrawDossierDocument.class).stream().map(this::dossier).toList();
    }

    @Override
    public List<DrawDossier> bundlesDue(LocalDate day) {
        // dossiers stored before bundlePending existed lack the field and are left alone (their bundle was shown in
        // the view from its day on; they get the field with their next change)
        return mongo.find(Query.query(Criteria.where("bundlePending").is(true).and("bundleFrom").lte(day.toString()))
                .with(Sort.by("_id")), DrawDossierDocument.class).stream().map(this::dossier)
                .filter(d -> d.bundleDueForAnnouncement(day)).toList();
    }

    @Override
    public List<DrawDossier> undecided() {
        // withheld targets without a known end, or a bundle without a known date (also documents written before
        // the bundle date existed: their field is missing, which matches null)
        Criteria targets = Criteria.where("pendingRelease").is(true).and("publicFrom").is(null);
        return mongo.find(Query.query(new Criteria().orOperator(targets, Criteria.where("bundleFrom").is(null)))
                .with(Sort.by("_id")), DrawDossierDocument.class).stream().map(this::dossier).toList();
    }

    @Override
    public List<DrawDossier> all() {
        return mongo.find(new Query().with(Sort.by("_id")), DrawDossierDocument.class).stream().map(this::dossier)
                .toList();
    }

    private DrawDossier dossier(DrawDossierDocument d) {
        return json.read(d.json(), DrawDossier.class);
    }
}
