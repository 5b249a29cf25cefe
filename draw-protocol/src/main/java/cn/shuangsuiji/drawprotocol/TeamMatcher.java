package cn.shuangsuiji.drawprotocol;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * 人员匹配 — team matching for one target (docs/draw-protocol.md §9), with the workload counters of the
 * draw so far. Rank key per (target, inspector) = SHA-256(Ki ‖ target ‖ 0x00 ‖ inspector); ties by
 * inspector id, i.e. by the pool's canonical index.
 */
final class TeamMatcher {
    private final DrawCommitment commitment;
    private final InspectorPool pool;
    private final ConflictSet conflicts;
    private final byte[] ki;
    private final byte[][] idUtf8;
    private final int[] dept;
    private final boolean[] base;
    private final int initiating;
    final int[] load;
    private final MessageDigest md = Sha256.newDigest();
    private final byte[] buf = new byte[32];

    /** Either a team or a failure. */
    record Outcome(Team team, DrawFailure failure) {
    }

    TeamMatcher(DrawInputs in, DrawSeed seed) {
        this.commitment = in.commitment();
        this.pool = in.inspectors();
        this.conflicts = in.conflicts();
        this.ki = seed.inspectorKey().bytes();
        List<DepartmentId> depts = commitment.participatingDepartments();
        int n = pool.size();
        idUtf8 = new byte[n][];
        dept = new int[n];
        base = new boolean[n];
        load = new int[n];
        for (int i = 0; i < n; i++) {
            Inspector x = pool.get(i);
            idUtf8[i] = x.id().value().getBytes(StandardCharsets.UTF_8);
            dept[i] = depts.indexOf(x.department());
            base[i] = x.active() && dept[i] >= 0 && covers(x);
        }
        initiating = depts.indexOf(commitment.initiatingDepartment());
    }

    private boolean covers(Inspector x) {
        for (TaskItem item : commitment.items()) {
            if (item.department().equals(x.department()) && !x.scope().contains(item.itemCode())) {
                return false;
            }
        }
        return true;
    }

    int indexOf(InspectorId id) {
        return pool.indexOf(id);
    }

    int departmentOf(int inspector) {
        return dept[inspector];
    }

    /**
     * The eligible inspectors for a target in rank order, as pool indexes: active, of a participating
     * department, covering that department's items, not in a conflict pair with the target, below the
     * workload cap, not of the target's area when the policy says so, and not in {@code excluded}.
     */
    int[] ranked(TargetId target, String targetArea, Set<InspectorId> excluded) {
        DrawPolicy policy = commitment.policy();
        byte[] t = target.value().getBytes(StandardCharsets.UTF_8);
        int n = pool.size();
        long[] keys = new long[n];
        int[] idx = new int[n];
        int c = 0;
        for (int i = 0; i < n; i++) {
            if (!base[i] || load[i] >= policy.maxAssignmentsPerInspector()) {
                continue;
            }
            Inspector x = pool.get(i);
            if (policy.excludeSameArea() && !x.area().isEmpty() && x.area().equals(targetArea)) {
                continue;
            }
            if (excluded.contains(x.id()) || conflicts.contains(x.id(), target)) {
                continue;
            }
            md.update(ki);
            md.update(t);
            md.update((byte) 0);
            md.update(idUtf8[i]);
            try {
                md.digest(buf, 0, 32);
            } catch (DigestException e) {
                throw new IllegalStateException(e);
            }
            keys[c] = RankKeys.first8(buf) ^ Long.MIN_VALUE;
            idx[c] = i;
            c++;
        }
        PairSort.sort(keys, idx, 0, c);
        return java.util.Arrays.copyOf(idx, c);
    }

    /**
     * Why an inspector named by an approver is not eligible for a target of department {@code department}
     * (with the current loads), as "CODE: reason", or null when eligible: the same rules as
     * {@link #ranked} (§8 step 1–2) plus "of that department".
     */
    String ineligibility(InspectorId id, int department, TargetId target, String targetArea) {
        int i = pool.indexOf(id);
        if (i < 0) {
            return "NOT_IN_POOL: inspector " + id + " is not in the committed inspector pool";
        }
        Inspector x = pool.get(i);
        if (!x.active()) {
            return "INSPECTOR_INACTIVE: inspector " + id + " is not active in the committed snapshot";
        }
        if (dept[i] != department) {
            return "OTHER_DEPARTMENT: inspector " + id + " is of department " + x.department()
                    + ", not of the replaced inspector's department "
                    + commitment.participatingDepartments().get(department);
        }
        if (!base[i]) {
            return "SCOPE_NOT_COVERED: the enforcement scope of inspector " + id
                    + " does not cover every item of department " + x.department();
        }
        if (conflicts.contains(id, target)) {
            return "CONFLICT: inspector " + id + " has a declared conflict (回避) with target " + target;
        }
        if (commitment.policy().excludeSameArea() && !x.area().isEmpty() && x.area().equals(targetArea)) {
            return "SAME_AREA: inspector " + id + " is stationed in the target's area " + targetArea;
        }
        if (load[i] >= commitment.policy().maxAssignmentsPerInspector()) {
            return "WORKLOAD_CAP: inspector " + id + " already has " + load[i] + " target(s), the cap is "
                    + commitment.policy().maxAssignmentsPerInspector();
        }
        return null;
    }

    /** Forms a team for the target (does not change the workload counters). */
    Outcome match(TargetId target, String targetArea, Set<InspectorId> excluded) {
        DrawPolicy policy = commitment.policy();
        List<DepartmentId> depts = commitment.participatingDepartments();
        int[] ranked = ranked(target, targetArea, excluded);
        boolean[] chosen = new boolean[ranked.length];
        int size = 0;
        for (int d = 0; d < depts.size(); d++) {
            int got = 0;
            for (int r = 0; r < ranked.length && got < policy.minPerDepartment(); r++) {
                if (dept[ranked[r]] == d) {
                    chosen[r] = true;
                    got++;
                }
            }
            if (got < policy.minPerDepartment()) {
                return new Outcome(null, DrawFailure.noTeamInDepartment(target.value(), depts.get(d).value(), got,
                        policy.minPerDepartment()));
            }
            size += got;
        }
        int goal = Math.max(policy.minTeamSize(), depts.size() * policy.minPerDepartment());
        for (int r = 0; r < ranked.length && size < goal; r++) {
            if (!chosen[r]) {
                chosen[r] = true;
                size++;
            }
        }
        if (size < goal) {
            return new Outcome(null, DrawFailure.noTeamTooSmall(target.value(), ranked.length, goal));
        }
        return new Outcome(teamOf(target, ranked, chosen), null);
    }

    /** The team of the chosen ranked inspectors, members in rank order, leader the first of the initiating department. */
    private Team teamOf(TargetId target, int[] ranked, boolean[] chosen) {
        List<InspectorId> members = new ArrayList<>();
        InspectorId leader = null;
        for (int r = 0; r < ranked.length; r++) {
            if (chosen[r]) {
                InspectorId id = pool.get(ranked[r]).id();
                members.add(id);
                if (leader == null && dept[ranked[r]] == initiating) {
                    leader = id;
                }
            }
        }
        return new Team(target, leader, members);
    }

    /** Orders a team's members by rank for the target and picks the leader again. */
    Team reorder(TargetId target, List<InspectorId> members) {
        byte[] t = target.value().getBytes(StandardCharsets.UTF_8);
        long[] keys = new long[members.size()];
        int[] idx = new int[members.size()];
        for (int m = 0; m < members.size(); m++) {
            int i = pool.indexOf(members.get(m));
            md.update(ki);
            md.update(t);
            md.update((byte) 0);
            md.update(idUtf8[i]);
            try {
                md.digest(buf, 0, 32);
            } catch (DigestException e) {
                throw new IllegalStateException(e);
            }
            keys[m] = RankKeys.first8(buf) ^ Long.MIN_VALUE;
            idx[m] = i;
        }
        PairSort.sort(keys, idx, 0, idx.length);
        boolean[] all = new boolean[idx.length];
        java.util.Arrays.fill(all, true);
        return teamOf(target, idx, all);
    }

    void take(Team team, int delta) {
        for (InspectorId m : team.members()) {
            load[pool.indexOf(m)] += delta;
        }
    }
}
