package cn.shuangsuiji.disclosure.domain;

import cn.shuangsuiji.contracts.disclosure.PublicDraw;
import cn.shuangsuiji.contracts.draw.DrawAbandoned;
import cn.shuangsuiji.contracts.draw.DrawCommitted;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.DrawnTarget;
import cn.shuangsuiji.contracts.draw.InspectorReplaced;
import cn.shuangsuiji.contracts.draw.StratumThreshold;
import cn.shuangsuiji.contracts.draw.TargetSubstituted;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * 任务档案 — what the disclosure service knows of one draw: the whole announcement including targets that may
 * still be withheld, and the withholding. {@link #publicOn(LocalDate)} is the only way out to the public; it
 * leaves the targets, substitutions and threshold ids out while they are withheld. Inspectors' identities never
 * enter the dossier. Targets without a public name and credit code (natural persons) are shown by stratum and key
 * only, without their id. The bundle lists the targets, so its link is public only with them.
 *
 * @param full        the announcement with everything public at some point
 * @param withholding whether and until when the targets are withheld
 * @param released    whether the withheld targets have been announced (late publication) already
 * @param bundleAnnounced whether an announcement with the bundle's link went to the public feed (the bundle becomes
 *                    public after the inspection window: that day's update is announced once)
 */
public record DrawDossier(PublicDraw full, TargetDisclosurePolicy.Withholding withholding, boolean released,
                          boolean bundleAnnounced) {

    public static final String COMMITTED = "COMMITTED";
    public static final String COMPLETED = "COMPLETED";
    public static final String FAILED = "FAILED";
    public static final String ABANDONED = "ABANDONED";
    /** Where the verification kit serves a draw's bundle. */
    public static final String BUNDLES = "/api/public/open-data/kit/bundles/";
    /** Where the transparency log's checkpoints are served by size. */
    public static final String CHECKPOINTS = "/api/public/draw-log/checkpoints/";

    public DrawDossier {
        Objects.requireNonNull(full, "full");
        Objects.requireNonNull(withholding, "withholding");
    }

    /** A dossier whose bundle has not been announced. */
    public DrawDossier(PublicDraw full, TargetDisclosurePolicy.Withholding withholding, boolean released) {
        this(full, withholding, released, false);
    }

    /** A new dossier from the commitment: public at once (S1 15). */
    public static DrawDossier committed(DrawCommitted e, String taskName,
                                        TargetDisclosurePolicy.Withholding withholding) {
        PublicDraw draw = new PublicDraw(e.drawId(), e.planId(), e.planVersion(), e.taskId(), taskName, e.year(),
                e.level(), e.initiatingDepartmentId(), e.participatingDepartmentIds(), COMMITTED,
                new PublicDraw.Commitment(e.commitmentHash(), e.targetSnapshotIds(), e.inspectorSnapshotIds(),
                        e.beaconNetwork(), e.beaconRound(), e.candidateCount(), e.exclusionCount(), e.committedAt(),
                        e.sources().stream().map(s -> new PublicDraw.Source(s.name(), s.description(), s.format()))
                                .toList(),
                        e.witnessCommitments().stream().map(w -> w.commitment()).toList(),
                        e.repeatPairingsAvoided(), e.repeatChecksExcluded(), e.repeatChecksFlagged()),
                null, withholding.withheld(), withholding.publicFrom(), List.of(), List.of(), List.of(), null, null,
                withholding.bundleFrom());
        return new DrawDossier(draw, withholding, false);
    }

    /** The execution: seed, thresholds, targets (named from the registry's public facts) and the bundle. */
    public DrawDossier complete(DrawCompleted e, Function<String, Optional<PublicEntity>> entities) {
        List<PublicDraw.Target> targets = e.targets().stream().map(t -> target(t, entities)).toList();
        List<PublicDraw.Threshold> thresholds = e.thresholds().stream().map(DrawDossier::threshold).toList();
        PublicDraw d = full;
        return with(new PublicDraw(d.drawId(), d.planId(), d.planVersion(), d.taskId(), d.taskName(), d.year(),
                d.level(), d.initiatingDepartmentId(), d.participatingDepartmentIds(),
                "OK".equals(e.status()) ? COMPLETED : FAILED, d.commitment(),
                new PublicDraw.Execution(e.seed(), e.resultHash(), e.failureCode(), thresholds, e.executedAt(),
                        e.logHead(), e.logTreeSize(),
                        e.logTreeSize() == null ? null : CHECKPOINTS + e.logTreeSize(), e.repeatChecksFlagged()),
                d.targetsWithheld(), d.targetsPublicFrom(), targets, d.substitutions(), d.replacements(),
                d.abandonment(), bundleUrl(d.drawId()), d.bundlePublicFrom()));
    }

    /** 递补: the replaced target is no longer current; the substitute is added. */
    public DrawDossier substitute(TargetSubstituted e, Function<String, Optional<PublicEntity>> entities) {
        List<PublicDraw.Target> targets = new ArrayList<>();
        for (PublicDraw.Target t : full.targets()) {
            targets.add(t.entityId().equals(e.replacedTargetId())
                    ? new PublicDraw.Target(t.entityId(), t.name(), t.uscc(), t.stratum(), t.key(), false) : t);
        }
        targets.add(target(new DrawnTarget(e.substituteTargetId(), e.stratum(), e.substituteKey()), entities));
        List<PublicDraw.Substitution> substitutions = new ArrayList<>(full.substitutions());
        substitutions.add(new PublicDraw.Substitution(e.replacedTargetId(), e.substituteTargetId(), e.stratum(),
                e.substituteKey(), e.reason(), e.occurredAt()));
        PublicDraw d = full;
        return with(new PublicDraw(d.drawId(), d.planId(), d.planVersion(), d.taskId(), d.taskName(), d.year(),
                d.level(), d.initiatingDepartmentId(), d.participatingDepartmentIds(), d.status(), d.commitment(),
                d.execution(), d.targetsWithheld(), d.targetsPublicFrom(), targets, substitutions, d.replacements(),
                d.abandonment(), d.bundleUrl(), d.bundlePublicFrom()));
    }

    /** 执法人员更换: only the target, reason, mode and time; who replaced whom stays out. */
    public DrawDossier replaceInspector(InspectorReplaced e) {
        List<PublicDraw.Replacement> replacements = new ArrayList<>(full.replacements());
        replacements.add(new PublicDraw.Replacement(e.targetId(), e.reason(),
                e.mode() == null ? InspectorReplaced.NEXT_RANKED : e.mode(), e.occurredAt()));
        PublicDraw d = full;
        return with(new PublicDraw(d.drawId(), d.planId(), d.planVersion(), d.taskId(), d.taskName(), d.year(),
                d.level(), d.initiatingDepartmentId(), d.participatingDepartmentIds(), d.status(), d.commitment(),
                d.execution(), d.targetsWithheld(), d.targetsPublicFrom(), d.targets(), d.substitutions(),
                replacements, d.abandonment(), d.bundleUrl(), d.bundlePublicFrom()));
    }

    /** 作废: the draw stays public with its reason. */
    public DrawDossier abandon(DrawAbandoned e) {
        PublicDraw d = full;
        return with(new PublicDraw(d.drawId(), d.planId(), d.planVersion(), d.taskId(), d.taskName(), d.year(),
                d.level(), d.initiatingDepartmentId(), d.participatingDepartmentIds(), ABANDONED, d.commitment(),
                d.execution(), d.targetsWithheld(), d.targetsPublicFrom(), d.targets(), d.substitutions(),
                d.replacements(), new PublicDraw.Abandonment(e.reason(), e.occurredAt()), d.bundleUrl(),
                d.bundlePublicFrom()));
    }

    /** Whether the withholding (of the targets, or of the bundle) still waits for the plan task to be known. */
    public boolean undecided() {
        return withholding.withheld() && withholding.publicFrom() == null && !released
                || withholding.bundleFrom() == null;
    }

    /** The dossier under a withholding decided again (the plan task became known). */
    public DrawDossier redecide(TargetDisclosurePolicy.Withholding decided, String taskName) {
        PublicDraw d = full;
        return new DrawDossier(new PublicDraw(d.drawId(), d.planId(), d.planVersion(), d.taskId(),
                d.taskName() == null ? taskName : d.taskName(), d.year(), d.level(), d.initiatingDepartmentId(),
                d.participatingDepartmentIds(), d.status(), d.commitment(), d.execution(), decided.withheld(),
                decided.publicFrom(), d.targets(), d.substitutions(), d.replacements(), d.abandonment(),
                d.bundleUrl(), decided.bundleFrom()), decided, released, bundleAnnounced);
    }

    /** Marks the withheld targets as announced. */
    public DrawDossier release() {
        return new DrawDossier(full, withholding, true, bundleAnnounced);
    }

    /**
     * The dossier after what the public sees on {@code day} went to the feed: if that announcement carries the
     * bundle's link, the bundle counts as announced.
     */
    public DrawDossier announcedOn(LocalDate day) {
        return bundleAnnounced || publicOn(day).bundleUrl() == null ? this
                : new DrawDossier(full, withholding, released, true);
    }

    /**
     * Whether the bundle is public on {@code day} but no announcement with its link went to the feed yet: the draw
     * was announced before its inspection window ended, and the bundle (with the targets, if they were withheld
     * until then) became public later.
     */
    public boolean bundleDueForAnnouncement(LocalDate day) {
        return !bundleAnnounced && bundlePublicOn(day);
    }

    /** Whether an executed draw's bundle has not been announced yet (it will be, on its day). */
    public boolean bundlePending() {
        return full.bundleUrl() != null && !bundleAnnounced;
    }

    /** Whether the targets are withheld now but public on the given day and not yet announced. */
    public boolean dueForRelease(LocalDate day) {
        return withholding.withheld() && !released && withholding.publicOn(day);
    }

    /** What the public sees on the given day. */
    public PublicDraw publicOn(LocalDate day) {
        PublicDraw d = full;
        boolean shown = withholding.publicOn(day);
        java.util.Set<String> persons = new java.util.HashSet<>();
        d.targets().stream().filter(t -> t.uscc() == null).forEach(t -> persons.add(t.entityId()));
        List<PublicDraw.Target> targets = d.targets().stream().map(t -> persons.contains(t.entityId())
                ? new PublicDraw.Target(null, null, null, t.stratum(), t.key(), t.current()) : t).toList();
        List<PublicDraw.Substitution> substitutions = d.substitutions().stream().map(s -> new PublicDraw.Substitution(
                persons.contains(s.replacedTargetId()) ? null : s.replacedTargetId(),
                persons.contains(s.substituteTargetId()) ? null : s.substituteTargetId(), s.stratum(),
                s.substituteKey(), s.reason(), s.at())).toList();
        List<PublicDraw.Replacement> replacements = d.replacements().stream().map(r -> new PublicDraw.Replacement(
                persons.contains(r.targetId()) ? null : r.targetId(), r.reason(), r.mode(), r.at())).toList();
        return new PublicDraw(d.drawId(), d.planId(), d.planVersion(), d.taskId(), d.taskName(), d.year(),
                d.level(), d.initiatingDepartmentId(), d.participatingDepartmentIds(), d.status(), d.commitment(),
                d.execution(), !shown, withholding.publicFrom(), shown ? targets : List.of(),
                shown ? substitutions : List.of(), shown ? replacements : List.of(), d.abandonment(),
                withholding.bundlePublicOn(day) ? d.bundleUrl() : null, withholding.bundleFrom());
    }

    /** The kit's link to a draw's bundle. */
    public static String bundleUrl(String drawId) {
        return BUNDLES + drawId;
    }

    /** Whether the draw's bundle is public on the given day (executed, targets public, inspection window over). */
    public boolean bundlePublicOn(LocalDate day) {
        return full.bundleUrl() != null && withholding.bundlePublicOn(day);
    }

    private DrawDossier with(PublicDraw draw) {
        return new DrawDossier(draw, withholding, released, bundleAnnounced);
    }

    private static PublicDraw.Target target(DrawnTarget t, Function<String, Optional<PublicEntity>> entities) {
        Optional<PublicEntity> entity = entities.apply(t.entityId()).filter(PublicEntity::listable);
        return new PublicDraw.Target(t.entityId(), entity.map(PublicEntity::name).orElse(null),
                entity.map(PublicEntity::uscc).orElse(null), t.stratum(), t.key(), true);
    }

    private static PublicDraw.Threshold threshold(StratumThreshold t) {
        return new PublicDraw.Threshold(t.stratum(), t.eligible(), t.requested(), t.quota(), t.shortfall(),
                t.thresholdKey());
    }
}
