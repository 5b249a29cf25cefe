package cn.shuangsuiji.drawprotocol;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.security.DigestException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.shuangsuiji.drawprotocol.beacon.Beacons;

/**
 * 双随机抽取引擎 — performs a draw under protocol ssj-draw-v1 (docs/draw-protocol.md), and the
 * post-draw substitutions (递补) and inspector replacements. Pure functions of their arguments: the same
 * inputs give the same bits on any machine and for any input order. The verifier re-runs the same code.
 *
 * <p>Hot path: ids are hashed straight from the table's packed byte array by {@code threads} threads,
 * each over its own range with its own digest; only candidates under a per-stratum cut-off are kept
 * (a partial selection, exact whatever the cut-off), then sorted.
 */
public final class DrawEngine {
    private static final VarHandle LONG_BE = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

    private final int threads;

    /** An engine using 2 threads. */
    public DrawEngine() {
        this(2);
    }

    public DrawEngine(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads ≥ 1");
        }
        this.threads = threads;
    }

    /**
     * Draws targets (and teams) after the committed beacon round exists.
     *
     * @throws DrawException BEACON_INVALID, SOURCE_MISMATCH or WITNESS_MISMATCH when the seed inputs do
     *                       not match the commitment. A draw in which no team can be formed is not an
     *                       exception: it returns status FAILED with the failure.
     */
    public DrawResult draw(DrawInputs inputs, SeedInputs seedInputs) {
        DrawCommitment c = inputs.commitment();
        String problem = checkSeedInputs(c, seedInputs);
        if (problem != null) {
            throw new DrawException(problem.substring(0, problem.indexOf(':')), problem.substring(problem.indexOf(':') + 2));
        }
        Hash32 ch = c.hash();
        DrawSeed seed = DrawSeed.derive(ch, seedInputs.beacon().randomness(), seedInputs.sourceValues(),
                seedInputs.witnessReveals());
        return drawWithSeed(inputs, ch, seed);
    }

    /**
     * Same as {@link #draw(DrawInputs, SeedInputs)}, checking the snapshots against the commitment first.
     *
     * @throws DrawException SNAPSHOT_MISMATCH when a snapshot does not hash to its committed root
     */
    public DrawResult draw(DrawCommitment commitment, CandidateTable targets, InspectorPool inspectors,
            ConflictSet conflicts, SeedInputs seedInputs) {
        return draw(new DrawInputs(commitment, targets, inspectors, conflicts), seedInputs);
    }

    /**
     * Checks revealed inputs against the commitment: the beacon signature (BLS, offline), the number of
     * source values, and each witness reveal against its hash commitment.
     *
     * @return null when they match, else "CODE: reason"
     */
    public static String checkSeedInputs(DrawCommitment c, SeedInputs s) {
        String beacon = Beacons.check(c.beacon(), s.beacon());
        if (beacon != null) {
            return "BEACON_INVALID: " + beacon;
        }
        if (s.sourceValues().size() != c.sources().size()) {
            return "SOURCE_MISMATCH: " + s.sourceValues().size() + " source values for " + c.sources().size()
                    + " committed sources";
        }
        for (int i = 0; i < c.sources().size(); i++) {
            PublicSource source = c.sources().get(i);
            String problem = source.pinned() ? SourceFormat.problem(source.format(), s.sourceValues().get(i)) : null;
            if (problem != null) {
                return "SOURCE_MISMATCH: the value of source " + source.name() + " is not in its committed format "
                        + source.format() + ": " + problem;
            }
        }
        if (s.witnessReveals().size() != c.witnesses().size()) {
            return "WITNESS_MISMATCH: " + s.witnessReveals().size() + " reveals for " + c.witnesses().size()
                    + " witness commitments";
        }
        for (int i = 0; i < c.witnesses().size(); i++) {
            if (!c.witnesses().get(i).opens(s.witnessReveals().get(i))) {
                return "WITNESS_MISMATCH: the reveal of witness " + c.witnesses().get(i).witness()
                        + " does not match the committed hash";
            }
        }
        return null;
    }

    /**
     * How many candidates each committed stratum has and draws: the stratum's dictionary index → plan index,
     * eligible count, requested size, quota (capped at eligible) and need (quota plus reserve).
     */
    record Sizes(int[] planOf, long[] eligible, long[] requested, int[] quota, int[] need) {
    }

    /** The sizes of every committed stratum from the eligible counts ({@code eligible[p]}, plan order). */
    static Sizes sizes(DrawCommitment c, int[] planOf, long[] eligible) {
        List<StratumQuota> quotas = c.strata();
        int strata = quotas.size();
        long[] requested = new long[strata];
        int[] quota = new int[strata];
        int[] need = new int[strata];
        for (int p = 0; p < strata; p++) {
            requested[p] = quotas.get(p).requested(eligible[p]);
            quota[p] = (int) Math.min(requested[p], eligible[p]);
            need[p] = (int) Math.min(eligible[p], (long) quota[p] + c.policy().reservePerStratum());
        }
        return new Sizes(planOf, eligible, requested, quota, need);
    }

    /** The sizes of the committed strata over a whole table. */
    static Sizes sizes(DrawCommitment c, CandidateTable t) {
        List<StratumQuota> quotas = c.strata();
        int strata = quotas.size();
        int[] planOf = new int[256];
        Arrays.fill(planOf, -1);
        long[] eligible = new long[strata];
        for (int p = 0; p < strata; p++) {
            int d = t.stratumIndex(quotas.get(p).stratum());
            if (d >= 0) {
                planOf[d] = p;
                eligible[p] = t.eligibleInStratumIndex(d);
            }
        }
        return sizes(c, planOf, eligible);
    }

    /** The draw itself, for a seed already derived from checked inputs. */
    DrawResult drawWithSeed(DrawInputs inputs, Hash32 commitmentHash, DrawSeed seed) {
        DrawCommitment c = inputs.commitment();
        CandidateTable t = inputs.targets();
        Sizes z = sizes(c, t);
        int strata = c.strata().size();
        Collected col = smallest(t, seed.targetKey().raw(), z.planOf(), z.need(), z.eligible(), strata);
        return finish(inputs, commitmentHash, seed, z, col.keys, col.rows);
    }

    /**
     * Each stratum's {@code need[p]} smallest (flipped key, row) pairs in (key, row) order: {@code keys[p]} and
     * {@code rows[p]} hold exactly {@code need[p]} pairs.
     */
    Collected smallest(CandidateTable t, byte[] targetKey, int[] planOf, int[] need, long[] eligible,
                       int strata) {
        long[] limit = new long[strata];
        for (int p = 0; p < strata; p++) {
            limit[p] = cutoff(need[p], eligible[p]);
        }
        Collected col = collect(t, targetKey, planOf, limit, need, eligible, strata);
        for (int p = 0; p < strata; p++) {
            if (col.count[p] < need[p]) {
                // the estimated cut-off kept too few (astronomically rare): take the whole stratum
                int[] only = new int[256];
                Arrays.fill(only, -1);
                for (int d = 0; d < 256; d++) {
                    if (planOf[d] == p) {
                        only[d] = 0;
                    }
                }
                Collected all = collect(t, targetKey, only, new long[] {Long.MAX_VALUE},
                        new int[] {need[p]}, new long[] {eligible[p]}, 1);
                col.keys[p] = all.keys[0];
                col.rows[p] = all.rows[0];
                col.count[p] = all.count[0];
            }
        }
        sortStrata(col, strata, need);
        return col;
    }

    /**
     * The rest of the draw once each stratum's smallest pairs are known ({@code need[p]} of them in (key, row) order,
     * rows of {@code inputs}' table): thresholds, reserves, the selection in key order and the teams. Shared by the
     * single-process draw and the merge of a sharded one ({@link ShardedDraw}), so both give the same result.
     *
     * <p>The selection is made as columns ({@link SelectedTargets}): the strata's runs merged into one (key, row)
     * order, then the ids' bytes copied from the table by row — no object per selected target.
     */
    DrawResult finish(DrawInputs inputs, Hash32 commitmentHash, DrawSeed seed, Sizes z, long[][] keys,
                      int[][] rows) {
        DrawCommitment c = inputs.commitment();
        CandidateTable t = inputs.targets();
        List<StratumQuota> quotas = c.strata();
        int strata = quotas.size();
        long[] eligible = z.eligible();
        long[] requested = z.requested();
        int[] quota = z.quota();
        int[] need = z.need();
        List<StratumOutcome> outcomes = new ArrayList<>(strata);
        int total = 0;
        for (int p = 0; p < strata; p++) {
            total += quota[p];
        }
        byte[] dictionaryOf = new byte[strata];
        for (int p = 0; p < strata; p++) {
            String code = quotas.get(p).stratum();
            dictionaryOf[p] = (byte) Math.max(0, t.stratumIndex(code));
            RankedTarget threshold = null;
            if (quota[p] > 0) {
                int last = quota[p] - 1;
                threshold = new RankedTarget(t.targetId(rows[p][last]), code, keys[p][last] ^ Long.MIN_VALUE);
            }
            List<RankedTarget> reserve = new ArrayList<>(need[p] - quota[p]);
            for (int j = quota[p]; j < need[p]; j++) {
                reserve.add(new RankedTarget(t.targetId(rows[p][j]), code, keys[p][j] ^ Long.MIN_VALUE));
            }
            outcomes.add(new StratumOutcome(code, eligible[p], requested[p], quota[p], requested[p] > eligible[p],
                    threshold, reserve));
        }
        long[] selKeys = new long[total];
        int[] selRows = new int[total];
        byte[] selStratum = new byte[total];
        merge(keys, rows, quota, dictionaryOf, selKeys, selRows, selStratum);
        for (int i = 0; i < total; i++) {
            selKeys[i] ^= Long.MIN_VALUE;
        }
        List<RankedTarget> selected = SelectedTargets.of(t, selRows, selKeys, selStratum,
                total < 65536 ? 1 : threads);

        List<Team> teams = new ArrayList<>();
        DrawFailure failure = null;
        if (c.teamsEnabled()) {
            TeamMatcher matcher = new TeamMatcher(inputs, seed);
            for (int i = 0; i < total && failure == null; i++) {
                TeamMatcher.Outcome o = matcher.match(selected.get(i).id(), t.area(selRows[i]), Set.of());
                if (o.team() == null) {
                    failure = o.failure();
                } else {
                    matcher.take(o.team(), 1);
                    teams.add(o.team());
                }
            }
        }
        if (failure != null) {
            teams = List.of();
        }
        // revision 1.4 (§8a): the experts of the teams, unchanged without expert terms
        return ExpertMatcher.complete(inputs, seed, new DrawResult(commitmentHash, seed.seed(),
                failure == null ? DrawStatus.OK : DrawStatus.FAILED, failure, outcomes, selected, teams));
    }

    /**
     * Merges the strata's sorted runs — the first {@code quota[p]} pairs of each — into one (key, row) order (a heap
     * of the strata by their next pair), with each pair's stratum as its table dictionary index.
     */
    private static void merge(long[][] keys, int[][] rows, int[] quota, byte[] dictionaryOf, long[] outKeys,
                              int[] outRows, byte[] outStratum) {
        int strata = quota.length;
        int[] head = new int[strata];
        int[] heap = new int[strata];
        int m = 0;
        for (int p = 0; p < strata; p++) {
            if (quota[p] > 0) {
                heap[m++] = p;
            }
        }
        for (int i = m / 2 - 1; i >= 0; i--) {
            siftDown(heap, i, m, keys, rows, head);
        }
        for (int i = 0; m > 0; i++) {
            int p = heap[0];
            int h = head[p]++;
            outKeys[i] = keys[p][h];
            outRows[i] = rows[p][h];
            outStratum[i] = dictionaryOf[p];
            if (head[p] == quota[p]) {
                heap[0] = heap[--m];
            }
            siftDown(heap, 0, m, keys, rows, head);
        }
    }

    private static void siftDown(int[] heap, int i, int m, long[][] keys, int[][] rows, int[] head) {
        while (true) {
            int child = 2 * i + 1;
            if (child >= m) {
                return;
            }
            if (child + 1 < m && before(heap[child + 1], heap[child], keys, rows, head)) {
                child++;
            }
            if (!before(heap[child], heap[i], keys, rows, head)) {
                return;
            }
            int swap = heap[i];
            heap[i] = heap[child];
            heap[child] = swap;
            i = child;
        }
    }

    /** Whether stratum {@code a}'s next pair orders before stratum {@code b}'s (rows differ across strata). */
    private static boolean before(int a, int b, long[][] keys, int[][] rows, int[] head) {
        long ka = keys[a][head[a]];
        long kb = keys[b][head[b]];
        return ka < kb || (ka == kb && rows[a][head[a]] < rows[b][head[b]]);
    }

    /**
     * Orders each stratum's kept pairs and keeps its {@code need[p]} smallest ({@link PairSort#smallest}); the strata
     * are shared out over the threads, largest first.
     */
    private void sortStrata(Collected col, int strata, int[] need) {
        Integer[] order = new Integer[strata];
        for (int p = 0; p < strata; p++) {
            order[p] = p;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(col.count[b], col.count[a]));
        int workers = Math.min(threads, strata);
        int[] owner = new int[strata];
        long[] work = new long[workers];
        for (int p : order) {
            int w = 0;
            for (int k = 1; k < workers; k++) {
                if (work[k] < work[w]) {
                    w = k;
                }
            }
            owner[p] = w;
            work[w] += col.count[p];
        }
        Parallel.run(workers, w -> {
            for (int p = 0; p < strata; p++) {
                if (owner[p] == w) {
                    long[] keys = new long[need[p]];
                    int[] rows = new int[need[p]];
                    PairSort.smallest(col.keys[p], col.rows[p], col.count[p], need[p], keys, rows);
                    col.keys[p] = keys;
                    col.rows[p] = rows;
                    col.count[p] = need[p];
                }
            }
        });
    }

    /**
     * Signed (sign-flipped) cut-off under which a stratum's keys are kept: high enough that about
     * need + 6·√need + 64 of the eligible keys fall under it. Only speed depends on it, not the result.
     */
    private static long cutoff(int need, long eligible) {
        if (need == 0) {
            return Long.MIN_VALUE;
        }
        double fraction = (need + 6.0 * Math.sqrt(need) + 64.0) / eligible;
        if (fraction >= 1.0) {
            return Long.MAX_VALUE;
        }
        return (long) (fraction * 18446744073709551616.0 - 9223372036854775808.0);
    }

    /** Per-stratum (flipped key, row) pairs under the cut-offs, gathered by {@code threads} threads. */
    private Collected collect(CandidateTable t, byte[] kt, int[] planOf, long[] limit, int[] need, long[] eligible,
            int strata) {
        int n = t.size();
        int workers = n < 65536 ? 1 : threads;
        Collected[] parts = new Collected[workers];
        byte[] ids = t.idBytes();
        int[] off = t.idOffsets();
        int width = t.idWidth();
        byte[] stratum = t.stratumColumn();
        byte[] exclusion = t.exclusionColumn();
        Parallel.run(workers, w -> {
            int from = (int) ((long) n * w / workers);
            int to = (int) ((long) n * (w + 1) / workers);
            Collected part = new Collected(strata);
            for (int p = 0; p < strata; p++) {
                double expected = limit[p] == Long.MAX_VALUE ? eligible[p]
                        : need[p] + 6.0 * Math.sqrt(need[p]) + 64.0;
                part.ensure(p, (int) Math.min(Integer.MAX_VALUE - 16, expected * 1.1 / workers + 64));
            }
            MessageDigest md = Sha256.newDigest();
            // Kt ‖ id in one reused buffer: one update of prepared bytes per candidate (a single SHA-256 block
            // for ids up to 23 bytes), no allocation
            byte[] msg = new byte[32 + Text.MAX_ID_BYTES];
            System.arraycopy(kt, 0, msg, 0, 32);
            byte[] buf = new byte[32];
            long[][] keys = part.keys;
            int[][] rows = part.rows;
            int[] count = part.count;
            try {
                for (int i = from; i < to; i++) {
                    if (exclusion[i] != 0) {
                        continue;
                    }
                    int p = planOf[stratum[i] & 0xFF];
                    if (p < 0) {
                        continue;
                    }
                    int start = off == null ? i * width : off[i];
                    int len = off == null ? width : off[i + 1] - start;
                    System.arraycopy(ids, start, msg, 32, len);
                    md.update(msg, 0, 32 + len);
                    md.digest(buf, 0, 32);
                    long f = ((long) LONG_BE.get(buf, 0)) ^ Long.MIN_VALUE;
                    if (f <= limit[p]) {
                        int c = count[p];
                        if (c == keys[p].length) {
                            part.ensure(p, c * 2 + 16);
                        }
                        keys[p][c] = f;
                        rows[p][c] = i;
                        count[p] = c + 1;
                    }
                }
            } catch (DigestException e) {
                throw new IllegalStateException(e);
            }
            parts[w] = part;
        });
        if (workers == 1) {
            return parts[0];
        }
        Collected merged = new Collected(strata);
        for (int p = 0; p < strata; p++) {
            int sum = 0;
            for (Collected part : parts) {
                sum += part.count[p];
            }
            merged.keys[p] = new long[sum];
            merged.rows[p] = new int[sum];
            for (Collected part : parts) {
                System.arraycopy(part.keys[p], 0, merged.keys[p], merged.count[p], part.count[p]);
                System.arraycopy(part.rows[p], 0, merged.rows[p], merged.count[p], part.count[p]);
                merged.count[p] += part.count[p];
            }
        }
        return merged;
    }

    /**
     * Growable per-stratum columns of kept candidates: flipped key and row (the id is read from the table by row
     * once the selection is known).
     */
    static final class Collected {
        final long[][] keys;
        final int[][] rows;
        final int[] count;

        Collected(int strata) {
            keys = new long[strata][];
            rows = new int[strata][];
            count = new int[strata];
            for (int p = 0; p < strata; p++) {
                keys[p] = new long[0];
                rows[p] = new int[0];
            }
        }

        void ensure(int p, int capacity) {
            if (keys[p].length < capacity) {
                keys[p] = Arrays.copyOf(keys[p], capacity);
                rows[p] = Arrays.copyOf(rows[p], capacity);
            }
        }
    }

    // ------------------------------------------------------------------ post-draw actions

    /**
     * 递补: replaces an active target by the next eligible target of its stratum in key order (the
     * published reserve first, then further down the order), and, with teams, gives the substitute a
     * newly matched team after releasing the replaced target's team.
     *
     * @param history the post-draw actions already applied, in order
     * @throws DrawException DRAW_FAILED, NOT_ACTIVE, NO_SUBSTITUTE or NO_TEAM
     */
    public Substitution substitute(DrawInputs inputs, DrawResult result, List<PostDrawAction> history,
            TargetId replaced, String reason) {
        Text.id(reason, "substitution reason");
        DrawState state = DrawState.replay(inputs, result, history);
        if (!state.active.contains(replaced)) {
            throw new DrawException("NOT_ACTIVE", "target " + replaced + " is not an active target of this draw");
        }
        CandidateTable t = inputs.targets();
        String stratum = t.stratum(t.indexOf(replaced.value()));
        StratumOutcome outcome = result.stratum(stratum);
        int used = state.reserveUsed.getOrDefault(stratum, 0);
        RankedTarget next = used < outcome.reserve().size() ? outcome.reserve().get(used)
                : nextAfter(t, DrawSeed.fromSeed(result.seed()), stratum, state.frontier.get(stratum));
        if (next == null) {
            throw new DrawException("NO_SUBSTITUTE", "stratum " + stratum + " has no further eligible target");
        }
        Team team = null;
        if (inputs.commitment().teamsEnabled()) {
            Team old = state.teams.get(replaced);
            if (old != null) {
                state.matcher.take(old, -1);
            }
            TeamMatcher.Outcome o = state.matcher.match(next.id(), t.area(t.indexOf(next.id().value())), Set.of());
            if (o.team() == null) {
                throw new DrawException("NO_TEAM", o.failure().detail());
            }
            team = o.team();
        }
        return new Substitution(replaced, reason, next, team);
    }

    /**
     * Replaces an inspector of a target's team by the best-ranked eligible inspector of the same
     * department for that target who is not in the team and was not replaced on it before; the leader
     * is chosen again ({@link ReplacementMode#NEXT_RANKED}, rules.md §4 [S2 19, 21]).
     *
     * @throws DrawException DRAW_FAILED, NOT_ACTIVE, NOT_IN_TEAM or NO_REPLACEMENT
     */
    public Replacement replaceInspector(DrawInputs inputs, DrawResult result, List<PostDrawAction> history,
            TargetId target, InspectorId replaced, String reason, String approvedBy) {
        Text.id(reason, "replacement reason");
        Text.id(approvedBy, "approved by");
        DrawState state = DrawState.replay(inputs, result, history);
        Team team = teamWith(state, target, replaced);
        TeamMatcher m = state.matcher;
        int dept = m.departmentOf(m.indexOf(replaced));
        Set<InspectorId> excluded = new java.util.HashSet<>(team.members());
        excluded.addAll(state.replacedOn.getOrDefault(target, Set.of()));
        m.load[m.indexOf(replaced)]--;
        CandidateTable t = inputs.targets();
        int[] ranked = m.ranked(target, t.area(t.indexOf(target.value())), excluded);
        InspectorId pick = null;
        for (int i : ranked) {
            if (m.departmentOf(i) == dept) {
                pick = inputs.inspectors().get(i).id();
                break;
            }
        }
        if (pick == null) {
            throw new DrawException("NO_REPLACEMENT", "no eligible inspector of the same department left for " + target);
        }
        List<InspectorId> members = new ArrayList<>(team.members());
        members.set(members.indexOf(replaced), pick);
        return new Replacement(target, replaced, pick, reason, approvedBy, m.reorder(target, members));
    }

    /**
     * 审批指定 — replaces an inspector of a target's team by the inspector the approver names
     * ({@link ReplacementMode#APPROVER_CHOICE}, rules.md §4 [S1 16]). Allowed only when the committed
     * policy's rule is {@link ReplacementRule#APPROVAL_ONLY}. Nobody can recompute a choice, so it is
     * checked instead: the named inspector must be eligible for the target exactly as a ranked one
     * (committed pool, active, same department as the replaced one, scope covering that department's
     * items, no conflict with the target, not of its area when the policy says so, under the workload cap
     * after all earlier actions), not a current member and not replaced on this target before. The
     * newcomer takes the replaced member's place; replacing the leader makes the newcomer — of the same,
     * initiating, department — the leader.
     *
     * @throws DrawException DRAW_FAILED, NOT_ACTIVE, NOT_IN_TEAM, CHOICE_NOT_ALLOWED, NOT_IN_POOL,
     *                       INSPECTOR_INACTIVE, OTHER_DEPARTMENT, SCOPE_NOT_COVERED, CONFLICT, SAME_AREA,
     *                       WORKLOAD_CAP, ALREADY_IN_TEAM or REPLACED_BEFORE
     */
    public Replacement replaceInspectorByChoice(DrawInputs inputs, DrawResult result, List<PostDrawAction> history,
            TargetId target, InspectorId replaced, InspectorId chosen, String reason, String approvedBy) {
        Text.id(reason, "replacement reason");
        Text.id(approvedBy, "approved by");
        if (chosen == null) {
            throw new IllegalArgumentException("the approver's choice names an inspector");
        }
        if (inputs.commitment().policy().replacementRule() != ReplacementRule.APPROVAL_ONLY) {
            throw new DrawException("CHOICE_NOT_ALLOWED", "the committed replacement rule is "
                    + inputs.commitment().policy().replacementRule()
                    + ": a replacement must be the next-ranked eligible inspector, not the approver's choice");
        }
        DrawState state = DrawState.replay(inputs, result, history);
        Team team = teamWith(state, target, replaced);
        if (team.members().contains(chosen)) {
            throw new DrawException("ALREADY_IN_TEAM", "inspector " + chosen + " is already in the team of " + target);
        }
        if (state.replacedOn.getOrDefault(target, Set.of()).contains(chosen)) {
            throw new DrawException("REPLACED_BEFORE", "inspector " + chosen + " was replaced on " + target
                    + " before and cannot come back");
        }
        TeamMatcher m = state.matcher;
        m.load[m.indexOf(replaced)]--;
        CandidateTable t = inputs.targets();
        String problem = m.ineligibility(chosen, m.departmentOf(m.indexOf(replaced)), target,
                t.area(t.indexOf(target.value())));
        if (problem != null) {
            int colon = problem.indexOf(':');
            throw new DrawException(problem.substring(0, colon), problem.substring(colon + 2));
        }
        List<InspectorId> members = new ArrayList<>(team.members());
        members.set(members.indexOf(replaced), chosen);
        InspectorId leader = team.leader().equals(replaced) ? chosen : team.leader();
        return new Replacement(target, replaced, chosen, reason, approvedBy, new Team(target, leader, members),
                ReplacementMode.APPROVER_CHOICE);
    }

    /** The current team of an active target, which must contain {@code member}. */
    private static Team teamWith(DrawState state, TargetId target, InspectorId member) {
        Team team = state.teams.get(target);
        if (team == null || !state.active.contains(target)) {
            throw new DrawException("NOT_ACTIVE", "target " + target + " has no team in this draw");
        }
        if (!team.members().contains(member)) {
            throw new DrawException("NOT_IN_TEAM", "inspector " + member + " is not in the team of " + target);
        }
        return team;
    }

    /** The eligible target of the stratum that comes next after {@code after} in key order, or null. */
    private static RankedTarget nextAfter(CandidateTable t, DrawSeed seed, String stratum, RankedTarget after) {
        int d = t.stratumIndex(stratum);
        byte[] kt = seed.targetKey().raw();
        byte[] ids = t.idBytes();
        byte[] col = t.stratumColumn();
        byte[] ex = t.exclusionColumn();
        long afterKey = after.key() ^ Long.MIN_VALUE;
        int afterRow = t.indexOf(after.id().value());
        long bestKey = Long.MAX_VALUE;
        int bestRow = -1;
        MessageDigest md = Sha256.newDigest();
        byte[] buf = new byte[32];
        try {
            for (int i = 0; i < t.size(); i++) {
                if ((col[i] & 0xFF) != d || ex[i] != 0) {
                    continue;
                }
                md.update(kt, 0, 32);
                int start = t.idStart(i);
                md.update(ids, start, t.idEnd(i) - start);
                md.digest(buf, 0, 32);
                long f = ((long) LONG_BE.get(buf, 0)) ^ Long.MIN_VALUE;
                boolean afterFrontier = f > afterKey || (f == afterKey && i > afterRow);
                boolean better = bestRow < 0 || f < bestKey || (f == bestKey && i < bestRow);
                if (afterFrontier && better) {
                    bestKey = f;
                    bestRow = i;
                }
            }
        } catch (DigestException e) {
            throw new IllegalStateException(e);
        }
        return bestRow < 0 ? null : new RankedTarget(t.targetId(bestRow), stratum, bestKey ^ Long.MIN_VALUE);
    }
}
