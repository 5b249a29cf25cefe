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

    /**
     * 分类标注须出自标签库 (S3 二(一)): tags given as text (entities, inspectors) must be codes of the tag library
     * applicable to {@code target}; a value that is no tag code is TAG_UNKNOWN like an unknown code.
     */
    default void requireApplicableTags(Collection<String> values, TagTarget target, String field) {
        java.util.List<TagCode> codes = new java.util.ArrayList<>();
        java.util.List<cn.shuangsuiji.platform.error.FieldProblem> malformed = new java.util.ArrayList<>();
        for (String v : values) {
            try {
                codes.add(new TagCode(v));
            } catch (IllegalArgumentException e) {
                malformed.add(new cn.shuangsuiji.platform.error.FieldProblem(field, "TAG_UNKNOWN",
                        "标签不存在（须为标签库中的标签编码）：" + v));
            }
        }
        if (!malformed.isEmpty()) {
            throw cn.shuangsuiji.platform.error.DomainProblem.invalid("TAG_UNKNOWN", "有 " + malformed.size()
                    + " 个标签不在标签库中", malformed);
        }
        requireApplicable(codes, target, field);
    }
}
