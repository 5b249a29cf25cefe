package cn.shuangsuiji.disclosure.adapter.out.persistence;

import cn.shuangsuiji.disclosure.application.port.out.EntityDirectory;
import cn.shuangsuiji.disclosure.domain.PublicEntity;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Entity facts in MongoDB; name queries are anchored (prefix, uses the index) or unanchored (contains). */
@Component
class MongoEntityDirectory implements EntityDirectory {

    private final MongoTemplate mongo;

    MongoEntityDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<PublicEntity> find(String entityId) {
        return Optional.ofNullable(mongo.findById(entityId, PublicEntityDocument.class)).map(MongoEntityDirectory::of);
    }

    @Override
    public void save(PublicEntity e) {
        mongo.save(new PublicEntityDocument(e.entityId(), e.name(), e.uscc(), e.regionCode(), e.objectType(),
                e.status(), e.listable()));
    }

    @Override
    public List<PublicEntity> search(String uscc, String name, boolean contains, String afterId, int limit) {
        Criteria c = Criteria.where("listable").is(true);
        if (uscc != null) {
            c = c.and("uscc").is(uscc);
        }
        if (name != null) {
            c = c.and("name").regex((contains ? "" : "^") + Pattern.quote(name));
        }
        if (afterId != null) {
            c = c.and("_id").gt(afterId);
        }
        return mongo.find(Query.query(c).with(Sort.by("_id")).limit(limit), PublicEntityDocument.class).stream()
                .map(MongoEntityDirectory::of).toList();
    }

    private static PublicEntity of(PublicEntityDocument d) {
        return new PublicEntity(d.id(), d.name(), d.uscc(), d.regionCode(), d.objectType(), d.status());
    }
}
