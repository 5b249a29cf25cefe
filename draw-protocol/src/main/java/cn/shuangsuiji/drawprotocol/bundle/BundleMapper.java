package cn.shuangsuiji.drawprotocol.bundle;

import java.util.ArrayList;
import java.util.List;

import cn.shuangsuiji.drawprotocol.BeaconReading;
import cn.shuangsuiji.drawprotocol.BeaconSpec;
import cn.shuangsuiji.drawprotocol.CandidateTable;
import cn.shuangsuiji.drawprotocol.ConflictPair;
import cn.shuangsuiji.drawprotocol.ConflictSet;
import cn.shuangsuiji.drawprotocol.DepartmentId;
import cn.shuangsuiji.drawprotocol.DrawCommitment;
import cn.shuangsuiji.drawprotocol.DrawFailure;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.DrawPolicy;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.DrawStatus;
import cn.shuangsuiji.drawprotocol.Expert;
import cn.shuangsuiji.drawprotocol.ExpertAssignment;
import cn.shuangsuiji.drawprotocol.ExpertConflict;
import cn.shuangsuiji.drawprotocol.ExpertId;
import cn.shuangsuiji.drawprotocol.ExpertNeed;
import cn.shuangsuiji.drawprotocol.ExpertPool;
import cn.shuangsuiji.drawprotocol.ExpertTerms;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.Hex;
import cn.shuangsuiji.drawprotocol.Inspector;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.InspectorPool;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.PostDrawAction;
import cn.shuangsuiji.drawprotocol.PublicSource;
import cn.shuangsuiji.drawprotocol.QuotaKind;
import cn.shuangsuiji.drawprotocol.RankedTarget;
import cn.shuangsuiji.drawprotocol.Replacement;
import cn.shuangsuiji.drawprotocol.ReplacementMode;
import cn.shuangsuiji.drawprotocol.ReplacementRule;
import cn.shuangsuiji.drawprotocol.SeedInputs;
import cn.shuangsuiji.drawprotocol.SnapshotRoots;
import cn.shuangsuiji.drawprotocol.StratumOutcome;
import cn.shuangsuiji.drawprotocol.StratumQuota;
import cn.shuangsuiji.drawprotocol.Substitution;
import cn.shuangsuiji.drawprotocol.TargetId;
import cn.shuangsuiji.drawprotocol.TaskItem;
import cn.shuangsuiji.drawprotocol.Team;
import cn.shuangsuiji.drawprotocol.WitnessCommitment;

/** Maps between the protocol records and the bundle's JSON model, both ways. */
public final class BundleMapper {
    private BundleMapper() {
    }

    /** Builds the bundle draw-service publishes after a draw (and after each later action). */
    public static Bundle toBundle(DrawInputs inputs, SeedInputs seedInputs, DrawResult result,
            List<PostDrawAction> actions, DrawLog log) {
        DrawCommitment c = inputs.commitment();
        CandidateTable t = inputs.targets();
        List<Bundle.Target> targets = new ArrayList<>(t.size());
        for (int i = 0; i < t.size(); i++) {
            targets.add(new Bundle.Target(t.id(i), t.stratum(i), t.area(i)));
        }
        List<Bundle.Exclusion> exclusions = new ArrayList<>();
        for (int row : t.excludedRows()) {
            exclusions.add(new Bundle.Exclusion(t.id(row), t.exclusionReason(row)));
        }
        List<Bundle.Inspector> inspectors = inputs.inspectors().all().stream()
                .map(x -> new Bundle.Inspector(x.id().value(), x.department().value(), x.active(), x.scope(), x.area()))
                .toList();
        List<Bundle.Conflict> conflicts = inputs.conflicts().all().stream()
                .map(p -> new Bundle.Conflict(p.inspector().value(), p.target().value(), p.reason())).toList();
        List<Bundle.SourceValue> sources = new ArrayList<>();
        for (int i = 0; i < c.sources().size(); i++) {
            sources.add(new Bundle.SourceValue(c.sources().get(i).name(), seedInputs.sourceValues().get(i)));
        }
        List<Bundle.Reveal> reveals = new ArrayList<>();
        for (int i = 0; i < c.witnesses().size(); i++) {
            reveals.add(new Bundle.Reveal(c.witnesses().get(i).witness(), seedInputs.witnessReveals().get(i)));
        }
        BeaconReading b = seedInputs.beacon();
        return new Bundle(Bundle.FORMAT, commitment(c), c.hash().hex(),
                snapshot(targets, exclusions, inspectors, conflicts, inputs.experts()),
                new Bundle.SeedInputs(new Bundle.BeaconReading(b.round(), b.signature(), b.randomness().hex()), sources,
                        reveals),
                result.seed().hex(), result(result), actions.stream().map(BundleMapper::action).toList(),
                log.entries().stream().map(e -> new Bundle.LogEntry(e.seq(), e.kind().name(), e.at(), e.actor(),
                        e.fields(), e.prevHash().hex(), e.hash().hex())).toList());
    }

    private static Bundle.Snapshot snapshot(List<Bundle.Target> targets, List<Bundle.Exclusion> exclusions,
            List<Bundle.Inspector> inspectors, List<Bundle.Conflict> conflicts, ExpertPool experts) {
        if (experts == null) {
            return new Bundle.Snapshot(targets, exclusions, inspectors, conflicts);
        }
        return new Bundle.Snapshot(targets, exclusions, inspectors, conflicts,
                experts.all().stream().map(x -> new Bundle.ExpertJson(x.id().value(), x.department().value(),
                        x.active(), x.fields())).toList(),
                experts.conflicts().stream().map(p -> new Bundle.ExpertConflictJson(p.expert().value(),
                        p.target().value(), p.reason())).toList());
    }

    static Bundle.Experts experts(ExpertTerms t) {
        return t == null ? null : new Bundle.Experts(
                t.needs().stream().map(n -> new Bundle.ExpertNeedJson(n.department().value(), n.field())).toList(),
                t.maxAssignmentsPerExpert(), t.expertsRoot().hex(), t.expertCount(), t.conflictsRoot().hex(),
                t.conflictCount());
    }

    static Bundle.Commitment commitment(DrawCommitment c) {
        SnapshotRoots r = c.snapshot();
        BeaconSpec b = c.beacon();
        DrawPolicy p = c.policy();
        return new Bundle.Commitment(c.algorithmVersion(), c.drawId(), c.planId(), c.jurisdiction(), c.policyVersion(),
                c.committedAt(), c.initiatingDepartment().value(),
                c.participatingDepartments().stream().map(DepartmentId::value).toList(),
                c.items().stream().map(i -> new Bundle.Item(i.department().value(), i.itemCode())).toList(),
                c.strata().stream().map(q -> new Bundle.Quota(q.stratum(), q.kind().name(), q.value())).toList(),
                new Bundle.Policy(p.minTeamSize(), p.minPerDepartment(), p.maxAssignmentsPerInspector(),
                        p.excludeSameArea(), p.reservePerStratum(), p.replacementRule().name()),
                new Bundle.Roots(r.targetsRoot().hex(), r.targetCount(), r.eligibilityRoot().hex(), r.exclusionCount(),
                        r.inspectorsRoot().hex(), r.inspectorCount(), r.conflictsRoot().hex(), r.conflictCount()),
                new Bundle.Beacon(b.network(), b.chainHash(), b.publicKey(), b.genesisTime(), b.period(), b.round()),
                c.sources().stream().map(s -> new Bundle.Source(s.name(), s.description(), s.format())).toList(),
                c.witnesses().stream().map(w -> new Bundle.Witness(w.witness(), w.commitment().hex())).toList(),
                experts(c.experts()));
    }

    static Bundle.Result result(DrawResult r) {
        DrawFailure f = r.failure();
        return new Bundle.Result(r.status().name(),
                f == null ? null : new Bundle.Failure(f.code(), f.target(), f.department(), f.detail()),
                r.strata().stream().map(s -> new Bundle.Stratum(s.stratum(), s.eligible(), s.requested(), s.quota(),
                        s.shortfall(), s.threshold() == null ? null : ranked(s.threshold()),
                        s.reserve().stream().map(BundleMapper::ranked).toList())).toList(),
                r.selected().stream().map(BundleMapper::ranked).toList(),
                r.teams().stream().map(BundleMapper::team).toList(), r.hash().hex(),
                r.experts() == null ? null : r.experts().stream().map(e -> new Bundle.DrawnExpert(e.target().value(),
                        e.expert().value(), e.department().value(), e.field())).toList());
    }

    static Bundle.Ranked ranked(RankedTarget t) {
        return new Bundle.Ranked(t.id().value(), t.stratum(), t.keyHex());
    }

    static Bundle.TeamJson team(Team t) {
        return t == null ? null : new Bundle.TeamJson(t.target().value(), t.leader().value(),
                t.members().stream().map(InspectorId::value).toList());
    }

    static Bundle.Action action(PostDrawAction a) {
        if (a instanceof Substitution s) {
            return new Bundle.Action("SUBSTITUTE", s.replaced().value(), null, null, null, s.reason(), null,
                    ranked(s.substitute()), team(s.team()), null);
        }
        Replacement r = (Replacement) a;
        return new Bundle.Action("REPLACE", null, r.target().value(), r.replaced().value(), r.replacement().value(),
                r.reason(), r.approvedBy(), null, team(r.team()), r.mode().name());
    }

    // ------------------------------------------------------------------ JSON → protocol records

    public static DrawCommitment commitment(Bundle.Commitment c) {
        Bundle.Roots r = req(c.snapshotRoots(), "snapshotRoots");
        Bundle.Beacon b = req(c.beacon(), "beacon");
        Bundle.Policy p = req(c.policy(), "policy");
        return new DrawCommitment(c.algorithmVersion(), c.drawId(), c.planId(), c.jurisdiction(), c.policyVersion(),
                c.committedAt(), new DepartmentId(c.initiatingDepartment()),
                list(c.participatingDepartments()).stream().map(DepartmentId::new).toList(),
                list(c.items()).stream().map(i -> new TaskItem(new DepartmentId(i.department()), i.itemCode())).toList(),
                list(c.strata()).stream().map(q -> new StratumQuota(q.stratum(), quotaKind(q.kind()), q.value())).toList(),
                new DrawPolicy(p.minTeamSize(), p.minPerDepartment(), p.maxAssignmentsPerInspector(),
                        p.excludeSameArea(), p.reservePerStratum(), p.replacementRule() == null
                                ? ReplacementRule.SUBSTITUTION_DRAW : ReplacementRule.valueOf(p.replacementRule())),
                new SnapshotRoots(Hash32.fromHex(r.targetsRoot()), r.targetCount(), Hash32.fromHex(r.eligibilityRoot()),
                        r.exclusionCount(), Hash32.fromHex(r.inspectorsRoot()), r.inspectorCount(),
                        Hash32.fromHex(r.conflictsRoot()), r.conflictCount()),
                new BeaconSpec(b.network(), b.chainHash(), b.publicKey(), b.genesisTime(), b.period(), b.round()),
                list(c.sources()).stream().map(s -> new PublicSource(s.name(), s.description(), s.format())).toList(),
                list(c.witnesses()).stream()
                        .map(w -> new WitnessCommitment(w.witness(), Hash32.fromHex(w.commitment()))).toList(),
                experts(c.experts()));
    }

    private static ExpertTerms experts(Bundle.Experts e) {
        return e == null ? null : new ExpertTerms(
                list(e.needs()).stream().map(n -> new ExpertNeed(new DepartmentId(n.department()), n.field())).toList(),
                e.maxAssignmentsPerExpert(), Hash32.fromHex(e.expertsRoot()), e.expertCount(),
                Hash32.fromHex(e.expertConflictsRoot()), e.expertConflictCount());
    }

    /** The published expert pool, or null when the bundle lists none (revision 1.4). */
    public static ExpertPool experts(Bundle.Snapshot s) {
        if (s.experts() == null && s.expertConflicts() == null) {
            return null;
        }
        return new ExpertPool(list(s.experts()).stream().map(x -> new Expert(new ExpertId(x.id()),
                new DepartmentId(x.department()), x.active(), x.fields())).toList(),
                list(s.expertConflicts()).stream().map(p -> new ExpertConflict(new ExpertId(p.expertId()),
                        new TargetId(p.targetId()), p.reason())).toList());
    }

    private static QuotaKind quotaKind(String kind) {
        try {
            return QuotaKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown quota kind: " + kind, e);
        }
    }

    public static CandidateTable targets(Bundle.Snapshot s) {
        List<Bundle.Target> targets = list(s.targets());
        CandidateTable.Builder b = CandidateTable.builder(targets.size());
        for (Bundle.Target t : targets) {
            b.add(t.id(), t.stratum(), t.area());
        }
        for (Bundle.Exclusion e : list(s.exclusions())) {
            b.exclude(e.targetId(), e.reason());
        }
        return b.build();
    }

    public static InspectorPool inspectors(Bundle.Snapshot s) {
        return new InspectorPool(list(s.inspectors()).stream().map(x -> new Inspector(new InspectorId(x.id()),
                new DepartmentId(x.department()), x.active(), x.scope(), x.area())).toList());
    }

    public static ConflictSet conflicts(Bundle.Snapshot s) {
        return new ConflictSet(list(s.conflicts()).stream().map(p -> new ConflictPair(new InspectorId(p.inspectorId()),
                new TargetId(p.targetId()), p.reason())).toList());
    }

    /** Seed inputs in the commitment's order; names must match the committed sources and witnesses. */
    public static SeedInputs seedInputs(Bundle.SeedInputs s, DrawCommitment c) {
        Bundle.BeaconReading b = req(s.beacon(), "seedInputs.beacon");
        List<Bundle.SourceValue> sources = list(s.sources());
        List<Bundle.Reveal> reveals = list(s.witnessReveals());
        if (sources.size() != c.sources().size() || reveals.size() != c.witnesses().size()) {
            throw new IllegalArgumentException("seed inputs: " + sources.size() + " source values and " + reveals.size()
                    + " reveals for " + c.sources().size() + " sources and " + c.witnesses().size() + " witnesses");
        }
        for (int i = 0; i < sources.size(); i++) {
            if (!sources.get(i).name().equals(c.sources().get(i).name())) {
                throw new IllegalArgumentException("seed input " + (i + 1) + " is source " + sources.get(i).name()
                        + ", the commitment lists " + c.sources().get(i).name() + " there");
            }
        }
        for (int i = 0; i < reveals.size(); i++) {
            if (!reveals.get(i).witness().equals(c.witnesses().get(i).witness())) {
                throw new IllegalArgumentException("reveal " + (i + 1) + " is by " + reveals.get(i).witness()
                        + ", the commitment lists " + c.witnesses().get(i).witness() + " there");
            }
        }
        BeaconReading reading = new BeaconReading(b.round(), b.signature());
        if (b.randomness() != null && !reading.randomness().hex().equals(b.randomness())) {
            throw new IllegalArgumentException("beacon randomness " + b.randomness()
                    + " is not SHA-256 of the signature (" + reading.randomness() + ")");
        }
        return new SeedInputs(reading, sources.stream().map(Bundle.SourceValue::value).toList(),
                reveals.stream().map(Bundle.Reveal::reveal).toList());
    }

    public static DrawResult result(Bundle.Result r, Hash32 commitmentHash, Hash32 seed) {
        DrawStatus status = DrawStatus.valueOf(req(r.status(), "result.status"));
        Bundle.Failure f = r.failure();
        return new DrawResult(commitmentHash, seed, status,
                f == null ? null : new DrawFailure(f.code(), f.target(), f.department(), f.detail()),
                list(r.strata()).stream().map(s -> new StratumOutcome(s.stratum(), s.eligible(), s.requested(),
                        s.quota(), s.shortfall(), s.threshold() == null ? null : ranked(s.threshold()),
                        list(s.reserve()).stream().map(BundleMapper::ranked).toList())).toList(),
                list(r.selected()).stream().map(BundleMapper::ranked).toList(),
                list(r.teams()).stream().map(BundleMapper::team).toList(),
                r.experts() == null ? null : r.experts().stream().map(e -> new ExpertAssignment(new TargetId(e.target()),
                        new ExpertId(e.expert()), new DepartmentId(e.department()), e.field())).toList());
    }

    static RankedTarget ranked(Bundle.Ranked r) {
        return new RankedTarget(new TargetId(r.id()), r.stratum(), Hex.parseKey(r.key(), "key of " + r.id()));
    }

    static Team team(Bundle.TeamJson t) {
        return t == null ? null : new Team(new TargetId(t.target()), new InspectorId(t.leader()),
                list(t.members()).stream().map(InspectorId::new).toList());
    }

    public static List<PostDrawAction> actions(List<Bundle.Action> actions) {
        List<PostDrawAction> out = new ArrayList<>();
        for (Bundle.Action a : list(actions)) {
            if ("SUBSTITUTE".equals(a.type())) {
                out.add(new Substitution(new TargetId(a.replacedTarget()), a.reason(),
                        ranked(req(a.substitute(), "substitute")), team(a.team())));
            } else if ("REPLACE".equals(a.type())) {
                out.add(new Replacement(new TargetId(a.target()), new InspectorId(a.replacedInspector()),
                        new InspectorId(a.replacementInspector()), a.reason(), a.approvedBy(), team(a.team()),
                        a.mode() == null ? ReplacementMode.NEXT_RANKED : ReplacementMode.valueOf(a.mode())));
            } else {
                throw new IllegalArgumentException("unknown action type: " + a.type());
            }
        }
        return out;
    }

    public static DrawLog log(List<Bundle.LogEntry> entries) {
        return DrawLog.of(list(entries).stream().map(e -> new LogEntry(e.seq(), LogKind.valueOf(e.kind()), e.at(),
                e.actor(), e.fields() == null ? java.util.Map.of() : e.fields(), Hash32.fromHex(e.prevHash()),
                Hash32.fromHex(e.hash()))).toList());
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }

    private static <T> T req(T t, String what) {
        if (t == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return t;
    }
}
