package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.tag.Tag;
import cn.shuangsuiji.registry.domain.tag.TagCode;
import cn.shuangsuiji.registry.domain.tag.TagTarget;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** 分类标注标签库 — the hierarchical tag library for entities, inspectors and experts. */
public interface TagUseCases {

    Tag create(CreateTagCommand command, Actor actor);

    Tag update(UpdateTagCommand command, Actor actor);

    /** The tag, or a 404 problem {@code TAG_NOT_FOUND}. */
    Tag get(TagCode code);

    /** Tags directly under a parent (or the top-level tags), optionally only those for a target, by code. */
    List<Tag> children(Optional<TagCode> parent, Optional<TagTarget> target);

    /** The tag and its ancestors from the top down. */
    List<Tag> path(TagCode code);

    /**
     * Checks that every code names a tag applicable to the target; otherwise a 422 problem with one field error
     * per bad tag ({@code TAG_UNKNOWN} or {@code TAG_NOT_APPLICABLE}) on {@code field}.
     */
    void requireApplicable(Collection<TagCode> codes, TagTarget target, String field);
}
