package cn.shuangsuiji.registry.domain.tag;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 分类标注标签 — a tag of the hierarchical tag library, attached to entities, inspectors or experts for precise
 * matching (rules.md §1; S3 二(一)). Tags form a forest: each has at most one parent and no cycles.
 *
 * @param code      code and id
 * @param name      Chinese name, e.g. 餐饮服务
 * @param parent    the tag above it, if any
 * @param targets   what it may be attached to
 * @param createdAt when it was created
 * @param revision  optimistic-concurrency revision
 */
public record Tag(TagCode code, String name, Optional<TagCode> parent, Set<TagTarget> targets, Instant createdAt,
                  long revision) {

    public Tag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(createdAt, "createdAt");
        name = validName(name);
        if (targets == null || targets.isEmpty()) {
            throw invalid("targets", "TAG_TARGETS_REQUIRED", "标签至少适用于一类对象（检查对象、执法检查人员或专家）");
        }
        targets = Set.copyOf(EnumSet.copyOf(targets));
        if (parent.filter(code::equals).isPresent()) {
            throw invalid("parent", "TAG_CYCLE", "标签不能以自己为上级");
        }
    }

    /** Creates a tag under an optional parent (already known to exist). */
    public static Tag create(TagCode code, String name, Optional<TagCode> parent, Set<TagTarget> targets,
                             Instant now) {
        return new Tag(code, name, parent, targets, now, 0);
    }

    /**
     * Moves the tag under another parent (or to the top). The new parent may not be the tag itself nor lie below
     * it, so the hierarchy stays a forest.
     *
     * @param newParent          the new parent
     * @param newParentAncestors the new parent's ancestors, nearest first
     */
    public Tag moveUnder(Optional<TagCode> newParent, List<TagCode> newParentAncestors) {
        if (newParent.filter(code::equals).isPresent() || newParentAncestors.contains(code)) {
            throw new DomainProblem(ProblemKind.CONFLICT, "TAG_CYCLE", "标签层级不能成环",
                    "不能把标签 " + code + " 移到它自己或它的下级 " + newParent.map(TagCode::value).orElse("") + " 之下",
                    List.of(new FieldProblem("parent", "TAG_CYCLE", "上级标签不能是本标签或其下级")));
        }
        return new Tag(code, name, newParent, targets, createdAt, revision);
    }

    /** Renames the tag and changes what it applies to. */
    public Tag describe(String newName, Set<TagTarget> newTargets) {
        return new Tag(code, newName, parent, newTargets, createdAt, revision);
    }

    public boolean appliesTo(TagTarget target) {
        return targets.contains(target);
    }

    private static String validName(String name) {
        if (name == null || name.isBlank() || name.length() > 50) {
            throw invalid("name", "TAG_NAME_INVALID", "标签名称不能为空且不超过 50 字");
        }
        return name.strip();
    }

    private static DomainProblem invalid(String field, String code, String message) {
        return DomainProblem.invalid(code, message, List.of(new FieldProblem(field, code, message)));
    }
}
