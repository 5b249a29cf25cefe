package cn.shuangsuiji.registry.domain.item;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 随机抽查事项 — one item of a department's inspection item list with all its versions (rules.md §1; S0 11;
 * S2 7, 8, 11). A published version is never edited; a change makes a new draft version which, once published,
 * supersedes the previous one. Lower-level departments of the same line may claim (认领) a published item.
 *
 * <p>Invariants: versions are numbered 1..n without gaps; at most one version is a draft and it is the
 * latest; at most one version is published.
 *
 * @param id         stable id across versions
 * @param owner      the department whose list the item belongs to
 * @param versions   all versions, oldest first
 * @param claims     departments that claimed it
 * @param revision   optimistic-concurrency revision of the stored aggregate
 */
public record InspectionItem(InspectionItemId id, DepartmentId owner, List<ItemVersion> versions,
                             List<ItemClaim> claims, long revision) {

    public InspectionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        versions = List.copyOf(versions);
        claims = List.copyOf(claims);
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("an item has at least one version");
        }
        for (int i = 0; i < versions.size(); i++) {
            if (versions.get(i).number() != i + 1) {
                throw new IllegalArgumentException("item versions must be numbered 1..n");
            }
        }
        if (versions.stream().filter(v -> v.status() == ItemVersionStatus.PUBLISHED).count() > 1) {
            throw new IllegalArgumentException("at most one published version");
        }
    }

    /** Drafts a new item (version 1, not yet in force). */
    public static InspectionItem draft(InspectionItemId id, DepartmentId owner, ItemContent content, Instant now) {
        return new InspectionItem(id, owner, List.of(ItemVersion.draft(1, content, now)), List.of(), 0);
    }

    /** The latest version. */
    public ItemVersion latest() {
        return versions.get(versions.size() - 1);
    }

    /** The version in force, if any. */
    public Optional<ItemVersion> published() {
        return versions.stream().filter(v -> v.status() == ItemVersionStatus.PUBLISHED).findFirst();
    }

    /** The open draft, if any. */
    public Optional<ItemVersion> draft() {
        return latest().status() == ItemVersionStatus.DRAFT ? Optional.of(latest()) : Optional.empty();
    }

    /** The given version, or a 404 problem {@code ITEM_VERSION_NOT_FOUND}. */
    public ItemVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw DomainProblem.notFound("ITEM_VERSION_NOT_FOUND", "事项版本", id.value() + " 第 " + number + " 版");
        }
        return versions.get(number - 1);
    }

    /** Whether the department claimed this item. */
    public boolean isClaimedBy(DepartmentId department) {
        return claims.stream().anyMatch(c -> c.department().equals(department));
    }

    /**
     * Edits a draft version. A published (or superseded, withdrawn) version is immutable: rules.md §1 — lists
     * change by new versions, each published (立改废释); S2 8, 11.
     */
    public InspectionItem editDraft(int number, ItemContent content) {
        ItemVersion version = version(number);
        if (version.status() != ItemVersionStatus.DRAFT) {
            throw new DomainProblem(ProblemKind.CONFLICT, "ITEM_VERSION_IMMUTABLE", "已公布的版本不能修改",
                    "事项 " + id.value() + " 第 " + number + " 版状态为" + version.status().chineseName()
                            + "，不能修改；请新建版本");
        }
        return withVersion(version.withContent(content));
    }

    /**
     * Starts a new version n+1 as a draft to change a published (or withdrawn) item (rules.md §1, 立改废释).
     * Only one draft may be open at a time.
     */
    public InspectionItem reviseAsNewVersion(ItemContent content, Instant now) {
        if (draft().isPresent()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "ITEM_DRAFT_EXISTS", "已有未公布的草稿版本",
                    "事项 " + id.value() + " 第 " + latest().number() + " 版仍是草稿，请修改该草稿");
        }
        List<ItemVersion> next = new ArrayList<>(versions);
        next.add(ItemVersion.draft(versions.size() + 1, content, now));
        return new InspectionItem(id, owner, next, claims, revision);
    }

    /**
     * Publishes a draft version; a previously published version is superseded by it (rules.md §1: publish each
     * version; S2 8: no inspection outside the published list).
     */
    public InspectionItem publish(int number, Instant now) {
        ItemVersion version = version(number);
        if (version.status() == ItemVersionStatus.PUBLISHED) {
            throw new DomainProblem(ProblemKind.CONFLICT, "ITEM_ALREADY_PUBLISHED", "该版本已公布",
                    "事项 " + id.value() + " 第 " + number + " 版已经公布");
        }
        if (version.status() != ItemVersionStatus.DRAFT) {
            throw new DomainProblem(ProblemKind.CONFLICT, "ITEM_VERSION_NOT_DRAFT", "只能公布草稿版本",
                    "事项 " + id.value() + " 第 " + number + " 版状态为" + version.status().chineseName());
        }
        List<ItemVersion> next = new ArrayList<>();
        for (ItemVersion v : versions) {
            if (v.number() == number) {
                next.add(v.published(now));
            } else if (v.status() == ItemVersionStatus.PUBLISHED) {
                next.add(v.superseded(now));
            } else {
                next.add(v);
            }
        }
        return new InspectionItem(id, owner, next, claims, revision);
    }

    /**
     * Withdraws the version in force from the list (立改废释, rules.md §1), with a reason; the item can no longer
     * be planned until a new version is published.
     */
    public InspectionItem withdraw(String reason, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw ItemContent.invalid("reason", "ITEM_WITHDRAWAL_REASON_REQUIRED", "撤回事项必须说明理由");
        }
        ItemVersion current = published().orElseThrow(() -> notPublished("撤回"));
        return withVersion(current.withdrawn(reason.strip(), now));
    }

    /**
     * A lower-level department of the same line claims (认领) the published item (rules.md §1). The item's owner
     * must be one of the claimant's ancestors (parent, grandparent, ...).
     *
     * @param claimant          the claiming department
     * @param claimantAncestors the departments above the claimant, nearest first
     */
    public InspectionItem claim(DepartmentId claimant, List<DepartmentId> claimantAncestors, Instant now) {
        if (claimant.equals(owner)) {
            throw new DomainProblem(ProblemKind.CONFLICT, "ITEM_CLAIM_OWN_ITEM", "不能认领本部门的事项",
                    "事项 " + id.value() + " 本就属于 " + owner.value());
        }
        ItemVersion current = published().orElseThrow(() -> notPublished("认领"));
        if (!claimantAncestors.contains(owner)) {
            throw new DomainProblem(ProblemKind.CONFLICT, "ITEM_CLAIM_NOT_FROM_ABOVE", "只能认领上级部门的事项",
                    "事项所属部门 " + owner.value() + " 不是 " + claimant.value() + " 的上级部门");
        }
        if (isClaimedBy(claimant)) {
            throw new DomainProblem(ProblemKind.CONFLICT, "ITEM_ALREADY_CLAIMED", "事项已认领",
                    claimant.value() + " 已认领事项 " + id.value());
        }
        List<ItemClaim> next = new ArrayList<>(claims);
        next.add(new ItemClaim(claimant, current.number(), now));
        return new InspectionItem(id, owner, versions, next, revision);
    }

    private InspectionItem withVersion(ItemVersion replacement) {
        List<ItemVersion> next = new ArrayList<>(versions);
        next.set(replacement.number() - 1, replacement);
        return new InspectionItem(id, owner, next, claims, revision);
    }

    private DomainProblem notPublished(String action) {
        return new DomainProblem(ProblemKind.CONFLICT, "ITEM_NOT_PUBLISHED", "事项未公布",
                "事项 " + id.value() + " 没有已公布的版本，不能" + action);
    }
}
