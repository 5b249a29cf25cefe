package cn.shuangsuiji.registry.adapter.out.persistence;

import cn.shuangsuiji.registry.application.port.in.ExpertQuery;
import cn.shuangsuiji.registry.application.port.out.ExpertRepository;
import cn.shuangsuiji.registry.domain.expert.DeclaredRelation;
import cn.shuangsuiji.registry.domain.expert.Expert;
import cn.shuangsuiji.registry.domain.expert.ExpertId;
import cn.shuangsuiji.registry.domain.expert.RelationKind;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.tag.TagCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Maps experts to and from {@link ExpertDocument}. */
@Component
class ExpertPersistenceAdapter implements ExpertRepository {

    private final ExpertMongoRepository repository;
    private final MongoTemplate mongo;

    ExpertPersistenceAdapter(ExpertMongoRepository repository, MongoTemplate mongo) {
        this.repository = repository;
        this.mongo = mongo;
    }

    @Override
    public Optional<Expert> find(ExpertId id) {
        return repository.findById(id.value()).map(ExpertPersistenceAdapter::toDomain);
    }

    @Override
    public boolean exists(ExpertId id) {
        return repository.existsById(id.value());
    }

    @Override
    public Expert insert(Expert expert) {
        return toDomain(repository.insert(toDocument(expert, null)));
    }

    @Override
    public Expert update(Expert expert) {
        return toDomain(repository.save(toDocument(expert, expert.revision())));
    }

    @Override
    public List<Expert> page(ExpertQuery query) {
        List<Criteria> all = new ArrayList<>();
        query.department().ifPresent(d -> all.add(Criteria.where("departmentId").is(d.value())));
        query.specialty().ifPresent(s -> all.add(Criteria.where("specialties").is(s)));
        query.tag().ifPresent(t -> all.add(Criteria.where("tags").is(t.value())));
        query.after().ifPresent(a -> all.add(Criteria.where("_id").gt(a.value())));
        Query q = all.isEmpty() ? new Query() : new Query(new Criteria().andOperator(all));
        q.with(Sort.by("_id")).limit(query.limit());
        return mongo.find(q, ExpertDocument.class).stream().map(ExpertPersistenceAdapter::toDomain).toList();
    }

    private static ExpertDocument toDocument(Expert e, Long version) {
        return new ExpertDocument(e.id().value(), e.name(), e.organisation(), e.department().value(),
                e.specialties(), e.tags().stream().map(TagCode::value).sorted().toList(), e.phone().orElse(null),
                e.relations().stream().map(r -> new ExpertDocument.RelationDoc(r.kind().name(),
                        r.personName().orElse(null), r.idNumber().orElse(null), r.organisationName().orElse(null),
                        r.uscc().orElse(null), r.note().orElse(null))).toList(), e.registeredAt(), version);
    }

    private static Expert toDomain(ExpertDocument d) {
        return new Expert(new ExpertId(d.id()), d.name(), d.organisation(), new DepartmentId(d.departmentId()),
                d.specialties(), d.tags() == null ? null : d.tags().stream().map(TagCode::new).collect(Collectors.toSet()),
                Optional.ofNullable(d.phone()),
                d.relations() == null ? List.of() : d.relations().stream().map(r -> new DeclaredRelation(
                        RelationKind.valueOf(r.kind()), Optional.ofNullable(r.personName()),
                        Optional.ofNullable(r.idNumber()), Optional.ofNullable(r.organisationName()),
                        Optional.ofNullable(r.uscc()), Optional.ofNullable(r.note()))).toList(),
                d.registeredAt(), d.version() == null ? 0 : d.version());
    }
}
