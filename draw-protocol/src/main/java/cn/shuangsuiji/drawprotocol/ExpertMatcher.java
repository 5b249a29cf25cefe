package cn.shuangsuiji.drawprotocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 专家抽取 — draws the experts of a draw's teams from the committed expert pool with the draw's seed
 * (docs/draw-protocol.md §8a, revision 1.4):
 * <pre>
 * Ke                 = HMAC-SHA256(key = seed, "ssj-draw-v1/expert" ‖ 0x01)       (HKDF-Expand)
 * expertKey(t, x)    = u64 of the first 8 bytes of SHA-256(Ke ‖ UTF-8(t) ‖ 0x00 ‖ UTF-8(x))
 * </pre>
 * For each team in result order and each need (department d, field f) in need order, the eligible experts are the
 * active experts of d with f, not in a conflict pair with the target, below the workload cap and not already helping
 * that team; the first by (expertKey, id) is taken and its load grows by one. None eligible: the draw fails with
 * {@link DrawFailure#NO_EXPERT}. Experts are not team members: never the leader, not counted in the team size.
 */
public final class ExpertMatcher {
    private ExpertMatcher() {
    }

    /** Ke of a seed. */
    public static Hash32 expertKey(DrawSeed seed) {
        byte[] info = (DrawCommitment.ALGORITHM + "/expert").getBytes(StandardCharsets.UTF_8);
        byte[] m = Arrays.copyOf(info, info.length + 1);
        m[info.length] = 1;
        return Hash32.of(Sha256.hmac(seed.seed().bytes(), m));
    }

    /** expertKey(target, expert) under Ke. */
    public static long key(Hash32 ke, String targetId, String expertId) {
        MessageDigest md = Sha256.newDigest();
        ke.updateDigest(md);
        md.update(targetId.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
        md.update(expertId.getBytes(StandardCharsets.UTF_8));
        return RankKeys.first8(md.digest());
    }

    /**
     * The result with its experts drawn: unchanged without expert terms; with them, an OK result gains its
     * assignments or becomes FAILED (NO_EXPERT, no teams, no experts); a FAILED one gains an empty list.
     */
    public static DrawResult complete(DrawInputs inputs, DrawSeed seed, DrawResult result) {
        ExpertTerms terms = inputs.commitment().experts();
        if (terms == null) {
            return result;
        }
        if (result.status() != DrawStatus.OK) {
            return withExperts(result, result.status(), result.failure(), result.teams(), List.of());
        }
        Hash32 ke = expertKey(seed);
        ExpertPool pool = inputs.experts();
        Map<ExpertId, Integer> load = new HashMap<>();
        List<ExpertAssignment> out = new ArrayList<>();
        for (Team team : result.teams()) {
            String target = team.target().value();
            Set<ExpertId> helping = new HashSet<>();
            for (ExpertNeed need : terms.needs()) {
                Expert best = null;
                long bestKey = 0;
                for (Expert x : pool.all()) {
                    if (!x.active() || !x.department().equals(need.department()) || !x.fields().contains(need.field())
                            || pool.conflict(x.id(), team.target()) || helping.contains(x.id())
                            || load.getOrDefault(x.id(), 0) >= terms.maxAssignmentsPerExpert()) {
                        continue;
                    }
                    long k = key(ke, target, x.id().value());
                    if (best == null || RankKeys.compare(k, x.id().value(), bestKey, best.id().value()) < 0) {
                        best = x;
                        bestKey = k;
                    }
                }
                if (best == null) {
                    return withExperts(result, DrawStatus.FAILED,
                            DrawFailure.noExpert(target, need.department().value(), need.field()), List.of(), List.of());
                }
                helping.add(best.id());
                load.merge(best.id(), 1, Integer::sum);
                out.add(new ExpertAssignment(team.target(), best.id(), need.department(), need.field()));
            }
        }
        return withExperts(result, DrawStatus.OK, null, result.teams(), out);
    }

    private static DrawResult withExperts(DrawResult r, DrawStatus status, DrawFailure failure, List<Team> teams,
                                          List<ExpertAssignment> experts) {
        return new DrawResult(r.commitmentHash(), r.seed(), status, failure, r.strata(), r.selected(), teams, experts);
    }
}
