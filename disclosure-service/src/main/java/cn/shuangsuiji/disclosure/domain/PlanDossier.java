package cn.shuangsuiji.disclosure.domain;

import cn.shuangsuiji.contracts.disclosure.PublicPlan;
import cn.shuangsuiji.contracts.planning.PlanAmended;
import cn.shuangsuiji.contracts.planning.PlanApproved;
import cn.shuangsuiji.contracts.planning.PlanPublished;
import cn.shuangsuiji.contracts.planning.PlanSampleSize;
import cn.shuangsuiji.contracts.planning.PlanTask;
import cn.shuangsuiji.contracts.planning.PlanWithdrawn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 计划档案 — what the disclosure service knows of one plan from the planning events: every approved version (not
 * public by itself), the amendments opened, and the announcement ({@link PublicPlan}) once a version is published
 * (S0 7; S1 6). Only the published version is ever shown.
 *
 * @param planId     the plan
 * @param approved   approved versions, in arrival order
 * @param amendments amendments opened (reasons), in arrival order
 * @param published  the public announcement, or null while nothing is published
 */
public record PlanDossier(String planId, List<PlanApproved> approved, List<PlanAmended> amendments,
                          PublicPlan published) {

    public PlanDossier {
        Objects.requireNonNull(planId, "planId");
        approved = approved == null ? List.of() : List.copyOf(approved);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    public static PlanDossier empty(String planId) {
        return new PlanDossier(planId, List.of(), List.of(), null);
    }

    /** Records an approved version; nothing becomes public. */
    public PlanDossier approve(PlanApproved event) {
        List<PlanApproved> versions = new ArrayList<>(approved);
        versions.removeIf(v -> v.planVersion() == event.planVersion());
        versions.add(event);
        return new PlanDossier(planId, versions, amendments, published);
    }

    /** Records an amendment's reason; it becomes public with the amended version's publication. */
    public PlanDossier amend(PlanAmended event) {
        List<PlanAmended> all = new ArrayList<>(amendments);
        all.add(event);
        return new PlanDossier(planId, approved, all, published);
    }

    /** Publishes a version: the announcement now shows its content, approval and publication dates. */
    public PlanDossier publish(PlanPublished event) {
        Optional<PlanApproved> content = version(event.planVersion());
        List<PublicPlan.Task> tasks = content.map(a -> a.tasks().stream().map(PlanDossier::publicTask).toList())
                .orElse(List.of());
        LocalDate start = tasks.stream().map(PublicPlan.Task::windowStart).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate end = tasks.stream().map(PublicPlan.Task::windowEnd).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        List<PublicPlan.Amendment> published = new ArrayList<>(this.published == null ? List.of()
                : this.published.amendments());
        for (PlanAmended amendment : amendments) {
            boolean shown = published.stream().anyMatch(a -> a.version() == amendment.newVersion());
            if (!shown && amendment.newVersion() == event.planVersion()) {
                published.add(new PublicPlan.Amendment(amendment.newVersion(), amendment.previousVersion(),
                        amendment.reason(), amendment.occurredAt(), event.occurredAt()));
            }
        }
        PublicPlan plan = new PublicPlan(planId, event.planVersion(), event.title(), event.kind(), event.year(),
                event.initiatingDepartmentId(), event.participatingDepartmentIds(), tasks, start, end,
                content.map(PlanApproved::occurredAt).orElse(null), event.occurredAt(),
                this.published == null ? event.occurredAt() : this.published.firstPublishedAt(), published,
                PublicPlan.IN_FORCE, null, null);
        return new PlanDossier(planId, approved, amendments, plan);
    }

    /** Withdraws the plan; a plan never published stays invisible. */
    public PlanDossier withdraw(PlanWithdrawn event) {
        if (published == null) {
            return this;
        }
        PublicPlan p = published;
        return new PlanDossier(planId, approved, amendments, new PublicPlan(p.planId(), p.version(), p.title(),
                p.kind(), p.year(), p.initiatingDepartmentId(), p.participatingDepartmentIds(), p.tasks(),
                p.periodStart(), p.periodEnd(), p.approvedAt(), p.publishedAt(), p.firstPublishedAt(),
                p.amendments(), PublicPlan.WITHDRAWN, event.reason(), event.occurredAt()));
    }

    /** An approved version's content. */
    public Optional<PlanApproved> version(int version) {
        return approved.stream().filter(v -> v.planVersion() == version).findFirst();
    }

    /** A task of the given version, or of the newest approved version when that version is unknown. */
    public Optional<PlanTask> task(int version, String taskId) {
        Optional<PlanApproved> content = version(version).or(() -> approved.stream()
                .max(Comparator.comparingInt(PlanApproved::planVersion)));
        return content.flatMap(a -> a.tasks().stream().filter(t -> t.taskId().equals(taskId)).findFirst());
    }

    private static PublicPlan.Task publicTask(PlanTask t) {
        return new PublicPlan.Task(t.taskId(), t.name(),
                t.items().stream().map(i -> new PublicPlan.ItemRef(i.itemId(), i.version(), i.departmentId())).toList(),
                t.scope().objectTypes(), t.scope().regionCodes(), t.scope().creditClasses(),
                t.sampleSizes().stream().map(PlanDossier::publicSize).toList(), t.windowStart(), t.windowEnd(),
                t.frequency(), t.level(), t.estimatedPopulation());
    }

    private static PublicPlan.SampleSize publicSize(PlanSampleSize s) {
        return new PublicPlan.SampleSize(s.creditClass(), s.ratio(), s.count());
    }
}
