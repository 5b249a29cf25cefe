package cn.shuangsuiji.drawprotocol;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * 抽取承诺 — everything a draw depends on, fixed and published before the beacon round exists
 * (docs/draw-protocol.md §4). Its SHA-256 over the canonical encoding, {@link #hash()}, is the HKDF salt
 * of the seed, so changing any field changes every key.
 *
 * <p>Lists that are sets (departments, items, strata) are stored in canonical order; sources and
 * witnesses keep their committed order, which is the order their values enter the seed.
 *
 * @param algorithmVersion         must be {@value #ALGORITHM}
 * @param drawId                   id of this draw attempt (抽取批次)
 * @param planId                   id of the plan/task (抽查计划/任务)
 * @param jurisdiction             jurisdiction whose policy applies
 * @param policyVersion            version of that jurisdiction policy
 * @param committedAt              UTC instant, second precision, "yyyy-MM-ddTHH:mm:ssZ"
 * @param initiatingDepartment     发起部门; its inspector leads each team
 * @param participatingDepartments 参与部门 including the initiating one; empty = draw targets only, no teams
 * @param items                    inspection items per department; an inspector must cover all items of
 *                                 their department
 * @param strata                   quota per stratum; targets of other strata are not drawn
 * @param policy                   team and substitution parameters
 * @param snapshot                 roots and counts of the committed snapshots
 * @param beacon                   the future beacon round
 * @param sources                  other named future public sources
 * @param witnesses                commitments of witnesses' secrets
 * @param experts                  expert terms (专家抽取, revision 1.4), null when no team needs a drawn expert
 */
public record DrawCommitment(String algorithmVersion, String drawId, String planId, String jurisdiction,
        String policyVersion, String committedAt, DepartmentId initiatingDepartment,
        List<DepartmentId> participatingDepartments, List<TaskItem> items, List<StratumQuota> strata,
        DrawPolicy policy, SnapshotRoots snapshot, BeaconSpec beacon, List<PublicSource> sources,
        List<WitnessCommitment> witnesses, ExpertTerms experts) {

    /** The algorithm this library implements. */
    public static final String ALGORITHM = "ssj-draw-v1";

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

    public DrawCommitment {
        if (!ALGORITHM.equals(algorithmVersion)) {
            throw new IllegalArgumentException("unsupported algorithm version: " + algorithmVersion);
        }
        Text.id(drawId, "draw id");
        Text.id(planId, "plan id");
        Text.id(jurisdiction, "jurisdiction");
        Text.id(policyVersion, "policy version");
        requireInstant(committedAt, "committedAt");
        if (initiatingDepartment == null || policy == null || snapshot == null || beacon == null) {
            throw new IllegalArgumentException("initiating department, policy, snapshot and beacon are required");
        }
        participatingDepartments = sortedUnique(participatingDepartments, "participating department");
        if (!participatingDepartments.isEmpty() && !participatingDepartments.contains(initiatingDepartment)) {
            throw new IllegalArgumentException("the initiating department must participate");
        }
        items = sortedUnique(items, "task item");
        for (TaskItem item : items) {
            if (!participatingDepartments.contains(item.department())) {
                throw new IllegalArgumentException("item " + item.itemCode() + " belongs to a department that does not participate");
            }
        }
        List<StratumQuota> s = new ArrayList<>(strata == null ? List.of() : strata);
        s.sort(null);
        for (int i = 1; i < s.size(); i++) {
            if (s.get(i).stratum().equals(s.get(i - 1).stratum())) {
                throw new IllegalArgumentException("stratum listed twice: " + s.get(i).stratum());
            }
        }
        if (s.isEmpty() || s.size() > 254) {
            throw new IllegalArgumentException("a draw has 1..254 strata");
        }
        strata = List.copyOf(s);
        sources = List.copyOf(sources == null ? List.of() : sources);
        Set<String> names = new HashSet<>();
        for (PublicSource p : sources) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("source listed twice: " + p.name());
            }
        }
        if (sources.stream().anyMatch(PublicSource::pinned) && !sources.stream().allMatch(PublicSource::pinned)) {
            throw new IllegalArgumentException("either every source declares its value format or none does");
        }
        witnesses = List.copyOf(witnesses == null ? List.of() : witnesses);
        names.clear();
        for (WitnessCommitment w : witnesses) {
            if (!names.add(w.witness())) {
                throw new IllegalArgumentException("witness listed twice: " + w.witness());
            }
        }
        if (experts != null) {
            for (ExpertNeed n : experts.needs()) {
                if (!participatingDepartments.contains(n.department())) {
                    throw new IllegalArgumentException("an expert need names a department that does not participate: "
                            + n.department());
                }
            }
        }
    }

    /** A commitment without experts (every commitment before revision 1.4). */
    public DrawCommitment(String algorithmVersion, String drawId, String planId, String jurisdiction,
            String policyVersion, String committedAt, DepartmentId initiatingDepartment,
            List<DepartmentId> participatingDepartments, List<TaskItem> items, List<StratumQuota> strata,
            DrawPolicy policy, SnapshotRoots snapshot, BeaconSpec beacon, List<PublicSource> sources,
            List<WitnessCommitment> witnesses) {
        this(algorithmVersion, drawId, planId, jurisdiction, policyVersion, committedAt, initiatingDepartment,
                participatingDepartments, items, strata, policy, snapshot, beacon, sources, witnesses, null);
    }

    /** This commitment with expert terms (null: none). */
    public DrawCommitment withExperts(ExpertTerms terms) {
        return new DrawCommitment(algorithmVersion, drawId, planId, jurisdiction, policyVersion, committedAt,
                initiatingDepartment, participatingDepartments, items, strata, policy, snapshot, beacon, sources,
                witnesses, terms);
    }

    private static <T extends Comparable<T>> List<T> sortedUnique(List<T> in, String what) {
        TreeSet<T> set = new TreeSet<>();
        for (T t : in == null ? List.<T>of() : in) {
            if (t == null || !set.add(t)) {
                throw new IllegalArgumentException(what + " missing or listed twice: " + t);
            }
        }
        return List.copyOf(set);
    }

    static Instant requireInstant(String s, String what) {
        if (s == null || !INSTANT.matcher(s).matches()) {
            throw new IllegalArgumentException(what + " must look like 2026-03-01T08:00:00Z: " + s);
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " is not a valid instant: " + s, e);
        }
    }

    /** True when the draw also matches inspection teams (some department participates). */
    public boolean teamsEnabled() {
        return !participatingDepartments.isEmpty();
    }

    /** The quota of a stratum, or null when the stratum is not drawn. */
    public StratumQuota quotaOf(String stratum) {
        for (StratumQuota q : strata) {
            if (q.stratum().equals(stratum)) {
                return q;
            }
        }
        return null;
    }

    /** The canonical encoding (docs/draw-protocol.md §4.2). */
    public byte[] encode() {
        Canonical out = new Canonical(1024);
        out.str("ssj.commitment").str(algorithmVersion).str(drawId).str(planId).str(jurisdiction)
                .str(policyVersion).str(committedAt).str(initiatingDepartment.value());
        out.list(participatingDepartments, (o, d) -> o.str(d.value()));
        out.list(items, (o, it) -> o.str(it.department().value()).str(it.itemCode()));
        out.list(strata, (o, q) -> o.str(q.stratum()).str(q.kind().name()).str(q.value()));
        out.u32(policy.minTeamSize()).u32(policy.minPerDepartment()).u32(policy.maxAssignmentsPerInspector())
                .bool(policy.excludeSameArea()).u32(policy.reservePerStratum());
        snapshot.encode(out);
        beacon.encode(out);
        out.list(sources, (o, p) -> o.str(p.name()).str(p.description()));
        out.list(witnesses, (o, w) -> o.str(w.witness()).h32(w.commitment()));
        if (policy.replacementRule() != ReplacementRule.SUBSTITUTION_DRAW) {
            // revision 1.1 trailer, absent for the default rule so earlier commitments keep their hash
            out.str("replacementRule").str(policy.replacementRule().name());
        }
        if (!sources.isEmpty() && sources.get(0).pinned()) {
            // revision 1.3 trailer, absent when no source declares a format so earlier commitments keep their hash
            out.str("sourceFormats").list(sources, (o, p) -> o.str(p.format()));
        }
        if (experts != null) {
            // revision 1.4 trailer, absent without expert needs so earlier commitments keep their hash
            experts.encode(out);
        }
        return out.toByteArray();
    }

    /** SHA-256 of {@link #encode()}. */
    public Hash32 hash() {
        return Hash32.sha256(encode());
    }
}
