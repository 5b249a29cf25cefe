package cn.shuangsuiji.registry.adapter.out.persistence;

import cn.shuangsuiji.registry.application.port.in.ItemListQuery;
import cn.shuangsuiji.registry.application.port.out.ItemRepository;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.item.InspectionMethod;
import cn.shuangsuiji.registry.domain.item.InspectionObjectType;
import cn.shuangsuiji.registry.domain.item.ItemCategory;
import cn.shuangsuiji.registry.domain.item.ItemClaim;
import cn.shuangsuiji.registry.domain.item.ItemContent;
import cn.shuangsuiji.registry.domain.item.WorkingGuideline;
import cn.shuangsuiji.registry.domain.item.ItemVersion;
import cn.shuangsuiji.registry.domain.item.ItemVersionStatus;
import cn.shuangsuiji.registry.domain.item.SubItem;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Maps inspection items to and from {@link ItemDocument}. */
@Component
class ItemPersistenceAdapter implements ItemRepository {

    private final ItemMongoRepository repository;
    private final MongoTemplate mongo;

    ItemPersistenceAdapter(ItemMongoRepository repository, MongoTemplate mongo) {
        this.repository = repository;
        this.mongo = mongo;
    }

    @Override
    public Optional<InspectionItem> find(InspectionItemId id) {
        return repository.findById(id.value()).map(ItemPersistenceAdapter::toDomain);
    }

    @Override
    public boolean exists(InspectionItemId id) {
        return repository.existsById(id.value());
    }

    @Override
    public InspectionItem insert(InspectionItem item) {
        return toDomain(repository.insert(toDocument(item, null)));
    }

    @Override
    public InspectionItem update(InspectionItem item) {
        return toDomain(repository.save(toDocument(item, item.revision())));
    }

    @Override
    public List<InspectionItem> page(ItemListQuery query) {
        List<Criteria> all = new ArrayList<>();
        query.department().ifPresent(d -> all.add(query.includeClaimed()
                ? new Criteria().orOperator(Criteria.where("ownerId").is(d.value()),
                        Criteria.where("claimedBy").is(d.value()))
                : Criteria.where("ownerId").is(d.value())));
        if (query.publishedOnly()) {
            all.add(Criteria.where("published").is(true));
        }
        query.after().ifPresent(a -> all.add(Criteria.where("_id").gt(a.value())));
        Query q = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
        q.with(Sort.by("_id")).limit(query.limit());
        return mongo.find(q, ItemDocument.class).stream().map(ItemPersistenceAdapter::toDomain).toList();
    }

    private static ItemDocument toDocument(InspectionItem item, Long version) {
        return new ItemDocument(item.id().value(), item.owner().value(),
                item.versions().stream().map(v -> new ItemDocument.VersionDoc(v.number(), toDocument(v.content()),
                        v.status().name(), v.createdAt(), v.publishedAt().orElse(null), v.endedAt().orElse(null),
                        v.withdrawalReason().orElse(null))).toList(),
                item.claims().stream().map(c -> new ItemDocument.ClaimDoc(c.department().value(), c.version(),
                        c.claimedAt())).toList(),
                item.claims().stream().map(c -> c.department().value()).toList(),
                item.published().isPresent(), version);
    }

    private static ItemDocument.ContentDoc toDocument(ItemContent c) {
        return new ItemDocument.ContentDoc(c.checkProject(),
                c.subItems().stream().map(s -> new ItemDocument.SubItemDoc(s.name(), s.allowedResults())).toList(),
                c.content(), c.legalBasis(), c.method().name(), c.objectType().name(), c.category().name(),
                c.defaultRatio().toPlainString(), c.defaultFrequency(), c.guideline() == null ? null
                        : new ItemDocument.GuidelineDoc(c.guideline().text(), c.guideline().attachments().stream()
                        .map(a -> new ItemDocument.AttachmentDoc(a.name(), a.uri(), a.sha256())).toList()),
                c.inspectorRequirements(), c.remarks(), c.expertise());
    }

    private static InspectionItem toDomain(ItemDocument d) {
        return new InspectionItem(new InspectionItemId(d.id()), new DepartmentId(d.ownerId()),
                d.versions().stream().map(v -> new ItemVersion(v.number(), toDomain(v.content()),
                        ItemVersionStatus.valueOf(v.status()), v.createdAt(), Optional.ofNullable(v.publishedAt()),
                        Optional.ofNullable(v.endedAt()), Optional.ofNullable(v.withdrawalReason()))).toList(),
                d.claims() == null ? List.of() : d.claims().stream().map(c -> new ItemClaim(
                        new DepartmentId(c.departmentId()), c.version(), c.claimedAt())).toList(),
                d.version() == null ? 0 : d.version());
    }

    private static ItemContent toDomain(ItemDocument.ContentDoc c) {
        return new ItemContent(c.checkProject(),
                c.subItems().stream().map(s -> new SubItem(s.name(), s.allowedResults())).toList(), c.content(),
                c.legalBasis(), InspectionMethod.valueOf(c.method()), InspectionObjectType.valueOf(c.objectType()),
                ItemCategory.valueOf(c.category()), new BigDecimal(c.defaultRatio()), c.defaultFrequency(),
                c.guideline() == null ? null : new WorkingGuideline(c.guideline().text(),
                        c.guideline().attachments() == null ? List.of() : c.guideline().attachments().stream()
                                .map(a -> new WorkingGuideline.Attachment(a.name(), a.uri(), a.sha256())).toList()),
                c.inspectorRequirements(), c.remarks(), c.expertise());
    }
}
