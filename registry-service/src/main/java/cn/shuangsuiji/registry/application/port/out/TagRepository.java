package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.registry.domain.tag.Tag;
import cn.shuangsuiji.registry.domain.tag.TagCode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores the tag library. */
public interface TagRepository {

    Optional<Tag> find(TagCode code);

    List<Tag> findAll(Collection<TagCode> codes);

    boolean exists(TagCode code);

    void insert(Tag tag);

    /** Stores a changed tag if its revision is still the stored one. */
    Tag update(Tag tag);

    /** Tags with the given parent (empty: top-level), ordered by code. */
    List<Tag> findByParent(Optional<TagCode> parent);
}
