package cn.shuangsuiji.disclosure.adapter.out.persistence;

import cn.shuangsuiji.contracts.disclosure.PublicResult;
import cn.shuangsuiji.disclosure.application.port.in.ResultFilter;
import cn.shuangsuiji.disclosure.application.port.out.ResultViews;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Result announcements in MongoDB. */
@Component
class MongoResultViews implements ResultViews {

    private final MongoTemplate mongo;
    private final DossierJson json;

    MongoResultViews(MongoTemplate mongo, DossierJson json) {
        this.mongo = mongo;
        this.json = json;
    }

    @Override
    public Optional<PublicResult> find(String resultId) {
        return Optional.ofNullable(mongo.findById(resultId, ResultDocument.class)).map(this::result);
    }

    @Override
    public void save(PublicResult r) {
        mongo.save(new ResultDocument(r.resultId(), r.uscc(), r.entityName(), r.departmentId(), r.planId(),
                r.checkDate() == null ? null : r.checkDate().toString(), json.write(r)));
    }

    @Override
    public List<PublicResult> page(ResultFilter f, String afterId, int limit) {
        Criteria c = new Criteria();
        if (f.uscc() != null) {
            c = c.and("uscc").is(f.uscc());
        }
        if (f.name() != null) {
            c = c.and("entityName").regex((f.contains() ? "" : "^") + Pattern.quote(f.name()));
        }
        if (f.departmentId() != null) {
            c = c.and("departmentId").is(f.departmentId());
        }
        if (f.planId() != null) {
            c = c.and("planId").is(f.planId());
        }
        if (f.from() != null || f.to() != null) {
            Criteria on = Criteria.where("checkDate");
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
        return mongo.find(Query.query(c).with(Sort.by("_id")).limit(limit), ResultDocument.class).stream()
                .map(this::result).toList();
    }

    @Override
    public List<PublicResult> all() {
        return mongo.find(new Query().with(Sort.by("_id")), ResultDocument.class).stream().map(this::result).toList();
    }

    private PublicResult result(ResultDocument d) {
        return json.read(d.json(), PublicResult.class);
    }
}
