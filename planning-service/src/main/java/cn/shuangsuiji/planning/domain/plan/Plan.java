package cn.shuangsuiji.planning.domain.plan;

import cn.shuangsuiji.planning.domain.policy.PolicyRef;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * 抽查计划（版本） — one version of a plan and its workflow: draft → submitted (报备) → approved → published
 * (公示), who and when at every step [S1 5, 7; S2 10]. A published plan changes only through a new version with
 * a reason, approved and published again [S3 二(四)]; a plan can be withdrawn with a reason.
 */
public final class Plan {

    private static final Set<String> AUTHORING = Set.of("CREATED", "REVISED", "SUBMITTED", "AMENDED");

    private final PlanId id;
    private final int version;
    private PlanContent content;
    private PlanStatus status;
    private Optional<PolicyRef> policy;
    private Optional<PolicyRef> policyTightenedBy;
    private final List<PlanStep> history;
    private final Optional<String> amendmentReason;
    private Optional<Instant> firstSubmittedAt;
    private Optional<Instant> firstPublishedAt;
    private boolean latest;
    private final long revision;

    public Plan(PlanId id, int version, PlanContent content, PlanStatus status, Optional<PolicyRef> policy,
                List<PlanStep> history, Optional<String> amendmentReason, Optional<Instant> firstSubmittedAt,
                Optional<Instant> firstPublishedAt, boolean latest, long revision) {
        this(id, version, content, status, policy, Optional.empty(), history, amendmentReason, firstSubmittedAt,
                firstPublishedAt, latest, revision);
    }

    public Plan(PlanId id, int version, PlanContent content, PlanStatus status, Optional<PolicyRef> policy,
                Optional<PolicyRef> policyTightenedBy, List<PlanStep> history, Optional<String> amendmentReason,
                Optional<Instant> firstSubmittedAt, Optional<Instant> firstPublishedAt, boolean latest,
                long revision) {
        this.id = Objects.requireNonNull(id, "id");
        if (version < 1) {
            throw new IllegalArgumentException("plan version starts at 1");
        }
        this.version = version;
        this.content = Objects.requireNonNull(content, "content");
        this.status = Objects.requireNonNull(status, "status");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.policyTightenedBy = Objects.requireNonNull(policyTightenedBy, "policyTightenedBy");
        if (policy.isEmpty() && policyTightenedBy.isPresent()) {
            throw new IllegalArgumentException("a tightening policy needs the policy it tightens");
        }
        this.history = new ArrayList<>(history);
        this.amendmentReason = Objects.requireNonNull(amendmentReason, "amendmentReason");
        this.firstSubmittedAt = Objects.requireNonNull(firstSubmittedAt, "firstSubmittedAt");
        this.firstPublishedAt = Objects.requireNonNull(firstPublishedAt, "firstPublishedAt");
        this.latest = latest;
        this.revision = revision;
    }

    /** Drafts version 1 of a new plan [S0 14; S2 17]. */
    public static Plan draft(PlanId id, PlanContent content, Actor by, Instant now) {
        requireActorOf(content, by);
        return new Plan(id, 1, content, PlanStatus.DRAFT, Optional.empty(),
                List.of(new PlanStep("CREATED", PlanStatus.DRAFT, by, now, null)), Optional.empty(),
                Optional.empty(), Optional.empty(), true, 0);
    }

    /** Replaces the content of a draft; kind, year and initiating department stay. */
    public void revise(PlanContent newContent, Actor by, Instant now) {
        requireStatus("修改", PlanStatus.DRAFT);
        if (newContent.kind() != content.kind() || newContent.year() != content.year()
                || !newContent.initiatingDepartment().equals(content.initiatingDepartment())) {
            throw new DomainProblem(ProblemKind.INVALID, "PLAN_IDENTITY_CHANGED", "计划类别、年度或发起部门不能修改",
                    "计划类别、年度和发起部门在建立后不能修改");
        }
        content = newContent;
        history.add(new PlanStep("REVISED", status, by, now, null));
    }

    /** Submits (报备) the draft for approval; joint plans are filed with the joint office [S1 7]. */
    public void submit(Actor by, Instant now) {
        requireStatus("报备", PlanStatus.DRAFT);
        if (content.tasks().isEmpty()) {
            throw new DomainProblem(ProblemKind.INVALID, "PLAN_HAS_NO_TASKS", "计划没有任务", "报备的计划至少包含一项抽查任务");
        }
        move("SUBMITTED", PlanStatus.SUBMITTED, by, now, null);
        if (firstSubmittedAt.isEmpty()) {
            firstSubmittedAt = Optional.of(now);
        }
    }

    /** Returns a submitted plan to its drafters with a reason (退回). */
    public void returnToDraft(Actor by, Instant now, String reason) {
        requireStatus("退回", PlanStatus.SUBMITTED);
        move("RETURNED", PlanStatus.DRAFT, by, now, requireReason(reason));
    }

    /** Approves the submitted plan under a policy version, which the plan records (rules.md preamble). */
    public void approve(Actor by, Instant now, PolicyRef policyVersion) {
        approve(by, now, policyVersion, Optional.empty());
    }

    /**
     * Approves the submitted plan under a department policy version tightened, for some parameters, by its
     * jurisdiction's current version (a department may tighten, never loosen — rules.md preamble); the plan
     * records both versions.
     */
    public void approve(Actor by, Instant now, PolicyRef policyVersion, Optional<PolicyRef> tightenedBy) {
        requireStatus("批准", PlanStatus.SUBMITTED);
        requireNotAuthor(by);
        policy = Optional.of(Objects.requireNonNull(policyVersion, "policyVersion"));
        policyTightenedBy = Objects.requireNonNull(tightenedBy, "tightenedBy");
        move("APPROVED", PlanStatus.APPROVED, by, now, policyVersion.id() + " v" + policyVersion.version()
                + tightenedBy.map(t -> " + " + t.id() + " v" + t.version()).orElse(""));
    }

    /**
     * 不相容职务分离 — separation of duties: whoever drafted, revised, submitted or amended this version does not
     * approve it (rules.md §4; issue 8 item 4).
     */
    private void requireNotAuthor(Actor by) {
        boolean author = history.stream().anyMatch(step -> AUTHORING.contains(step.action())
                && step.by().userId().equals(by.userId()));
        if (author) {
            throw new DomainProblem(ProblemKind.FORBIDDEN, "PLAN_SELF_APPROVAL", "不能批准本人编制或报备的计划",
                    "计划 " + id + " 第 " + version + " 版由 " + by.userId() + " 编制或报备，须由其他负责人批准");
        }
    }

    /** Publishes (公示) the approved plan [S1 7; S0 7]. */
    public void publish(Actor by, Instant now) {
        requireStatus("公示", PlanStatus.APPROVED);
        move("PUBLISHED", PlanStatus.PUBLISHED, by, now, null);
        if (firstPublishedAt.isEmpty()) {
            firstPublishedAt = Optional.of(now);
        }
    }

    /**
     * Opens the next version of a published plan for amendment, with a reason [S3 二(四)]. This version stays in
     * force until the new one is published; it is no longer the latest version.
     */
    public Plan amend(Actor by, Instant now, String reason) {
        requireStatus("变更", PlanStatus.PUBLISHED);
        if (!latest) {
            throw new DomainProblem(ProblemKind.CONFLICT, "PLAN_AMENDMENT_PENDING", "已有变更中的版本",
                    "计划 " + id + " 已有正在变更的新版本");
        }
        requireActorOf(content, by);
        String why = requireReason(reason);
        latest = false;
        history.add(new PlanStep("AMENDMENT_OPENED", status, by, now, "v" + (version + 1) + "：" + why));
        return new Plan(id, version + 1, content, PlanStatus.DRAFT, Optional.empty(),
                List.of(new PlanStep("AMENDED", PlanStatus.DRAFT, by, now, why)), Optional.of(why),
                firstSubmittedAt, firstPublishedAt, true, 0);
    }

    /** Marks a published version as replaced by a newer published version [S3 二(四)]. */
    public void supersede(Actor by, Instant now, int byVersion) {
        requireStatus("替代", PlanStatus.PUBLISHED);
        move("SUPERSEDED", PlanStatus.SUPERSEDED, by, now, "v" + byVersion);
    }

    /** Withdraws this version with a reason; nothing is drawn for it any more. */
    public void withdraw(Actor by, Instant now, String reason) {
        requireStatus("撤销", PlanStatus.DRAFT, PlanStatus.SUBMITTED, PlanStatus.APPROVED, PlanStatus.PUBLISHED);
        move("WITHDRAWN", PlanStatus.WITHDRAWN, by, now, requireReason(reason));
    }

    /** Whether this version can still be withdrawn. */
    public boolean isActive() {
        return status != PlanStatus.WITHDRAWN && status != PlanStatus.SUPERSEDED;
    }

    private void move(String action, PlanStatus to, Actor by, Instant now, String note) {
        status = to;
        history.add(new PlanStep(action, to, by, now, note));
    }

    private void requireStatus(String action, PlanStatus first, PlanStatus... others) {
        Set<PlanStatus> allowed = EnumSet.of(first, others);
        if (!allowed.contains(status)) {
            throw new DomainProblem(ProblemKind.CONFLICT, "PLAN_TRANSITION_NOT_ALLOWED", "当前状态不允许此操作",
                    "计划 " + id + " 第 " + version + " 版状态为“" + status.chineseName() + "”，不能" + action);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainProblem(ProblemKind.INVALID, "PLAN_REASON_REQUIRED", "缺少理由", "此操作须说明理由");
        }
        if (reason.length() > 500) {
            throw new DomainProblem(ProblemKind.INVALID, "PLAN_REASON_REQUIRED", "理由过长", "理由不超过 500 字");
        }
        return reason.trim();
    }

    private static void requireActorOf(PlanContent content, Actor by) {
        if (!content.initiatingDepartment().equals(by.departmentId())) {
            throw new DomainProblem(ProblemKind.INVALID, "PLAN_NOT_INITIATOR", "只有发起部门可以编制计划",
                    "计划由发起部门 " + content.initiatingDepartment() + " 编制，当前部门为 " + by.departmentId());
        }
    }

    public PlanId id() {
        return id;
    }

    public int version() {
        return version;
    }

    public PlanContent content() {
        return content;
    }

    public PlanStatus status() {
        return status;
    }

    public Optional<PolicyRef> policy() {
        return policy;
    }

    /** The jurisdiction policy version that tightened {@link #policy()} when this version was approved, if any. */
    public Optional<PolicyRef> policyTightenedBy() {
        return policyTightenedBy;
    }

    public List<PlanStep> history() {
        return List.copyOf(history);
    }

    public Optional<String> amendmentReason() {
        return amendmentReason;
    }

    public Optional<Instant> firstSubmittedAt() {
        return firstSubmittedAt;
    }

    public Optional<Instant> firstPublishedAt() {
        return firstPublishedAt;
    }

    public boolean latest() {
        return latest;
    }

    public long revision() {
        return revision;
    }
}
