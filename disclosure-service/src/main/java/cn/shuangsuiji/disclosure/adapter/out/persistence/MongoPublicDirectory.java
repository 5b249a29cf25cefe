package cn.shuangsuiji.disclosure.adapter.out.persistence;

import cn.shuangsuiji.disclosure.application.port.out.PublicDirectory;
import cn.shuangsuiji.disclosure.domain.PublicDepartment;
import cn.shuangsuiji.contracts.disclosure.PublicItem;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Public views in MongoDB, written with upserts (save by id). */
@Component
class MongoPublicDirectory implements PublicDirectory {

    private final MongoTemplate mongo;

    MongoPublicDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<PublicDepartment> findDepartment(String id) {
        return Optional.ofNullable(mongo.findById(id, PublicDepartmentDocument.class)).map(MongoPublicDirectory::toDomain);
    }

    @Override
    public void saveDepartment(PublicDepartment d) {
        mongo.save(new PublicDepartmentDocument(d.id(), d.name(), d.type(), d.level(), d.regionCode(), d.parentId(),
                d.revision(), d.updatedAt()));
    }

    @Override
    public List<PublicDepartment> departments() {
        return mongo.find(new Query().with(Sort.by("id")), PublicDepartmentDocument.class).stream()
                .map(MongoPublicDirectory::toDomain).toList();
    }

    @Override
    public Optional<PublicItem> findItem(String itemId, int version) {
        return Optional.ofNullable(mongo.findById(PublicItemDocument.key(itemId, version), PublicItemDocument.class))
                .map(MongoPublicDirectory::toDomain);
    }

    @Override
    public void saveItem(PublicItem i) {
        mongo.save(new PublicItemDocument(PublicItemDocument.key(i.itemId(), i.version()), i.itemId(), i.version(),
                i.departmentId(), i.checkProject(), i.subItems(), i.legalBasis(), i.method(), i.objectType(),
                i.category(), i.ratio(), i.frequency(), i.withdrawn(), i.publishedAt(), i.inspectorRequirements(),
                i.remarks()));
    }

    @Override
    public List<PublicItem> items(String departmentId, String afterKey, int limit) {
        Criteria criteria = new Criteria();
        if (departmentId != null) {
            criteria = criteria.and("departmentId").is(departmentId);
        }
        if (afterKey != null) {
            criteria = criteria.and("_id").gt(afterKey);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("_id")).limit(limit), PublicItemDocument.class).stream()
                .map(MongoPublicDirectory::toDomain).toList();
    }

    @Override
    public List<PublicItem> itemVersions(String itemId) {
        return mongo.find(Query.query(Criteria.where("itemId").is(itemId)).with(Sort.by("_id")),
                PublicItemDocument.class).stream().map(MongoPublicDirectory::toDomain).toList();
    }

    @Override
    public List<PublicItem> allItems() {
        return mongo.find(new Query().with(Sort.by("_id")), PublicItemDocument.class).stream()
                .map(MongoPublicDirectory::toDomain).toList();
    }

    private static PublicDepartment toDomain(PublicDepartmentDocument d) {
        return new PublicDepartment(d.id(), d.name(), d.type(), d.level(), d.regionCode(), d.parentId(), d.revision(),
                d.updatedAt());
    }

    private static PublicItem toDomain(PublicItemDocument d) {
        return new PublicItem(d.itemId(), d.version(), d.departmentId(), d.checkProject(), d.subItems(),
                d.legalBasis(), d.method(), d.objectType(), d.category(), d.ratio(), d.frequency(), d.withdrawn(),
                d.publishedAt(), d.inspectorRequirements(), d.remarks());
    }
}
