package cn.shuangsuiji.registry.adapter.out.persistence;

import cn.shuangsuiji.registry.application.port.out.TagRepository;
import cn.shuangsuiji.registry.domain.tag.Tag;
import cn.shuangsuiji.registry.domain.tag.TagCode;
import cn.shuangsuiji.registry.domain.tag.TagTarget;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Maps tags to and from {@link TagDocument}. */
@Component
class TagPersistenceAdapter implements TagRepository {

    private final TagMongoRepository repository;

    TagPersistenceAdapter(TagMongoRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<Tag> find(TagCode code) {
        return repository.findById(code.value()).map(TagPersistenceAdapter::toDomain);
    }

    @Override
    public List<Tag> findAll(Collection<TagCode> codes) {
        return repository.findAllById(codes.stream().map(TagCode::value).toList()).stream()
                .map(TagPersistenceAdapter::toDomain).toList();
    }

    @Override
    public boolean exists(TagCode code) {
        return repository.existsById(code.value());
    }

    @Override
    public void insert(Tag tag) {
        repository.insert(toDocument(tag, null));
    }

    @Override
    public Tag update(Tag tag) {
        return toDomain(repository.save(toDocument(tag, tag.revision())));
    }

    @Override
    public List<Tag> findByParent(Optional<TagCode> parent) {
        return repository.findByParentOrderByIdAsc(parent.map(TagCode::value).orElse(null)).stream()
                .map(TagPersistenceAdapter::toDomain).toList();
    }

    private static TagDocument toDocument(Tag tag, Long version) {
        return new TagDocument(tag.code().value(), tag.name(), tag.parent().map(TagCode::value).orElse(null),
                tag.targets().stream().map(Enum::name).sorted().toList(), tag.createdAt(), version);
    }

    private static Tag toDomain(TagDocument d) {
        return new Tag(new TagCode(d.id()), d.name(), Optional.ofNullable(d.parent()).map(TagCode::new),
                d.targets().stream().map(TagTarget::valueOf).collect(Collectors.toSet()), d.createdAt(),
                d.version() == null ? 0 : d.version());
    }
}
