package cn.shuangsuiji.drawprotocol;

import java.util.List;

/**
 * 抽取结果 — the outcome of {@link DrawEngine#draw}: per-stratum outcomes with thresholds and reserves,
 * the selected targets in global key order, and their teams. A FAILED draw still lists its strata and
 * targets (the target list, once produced, is not changed, rules.md §4 [S1 15]) but no teams.
 *
 * @param commitmentHash hash of the commitment drawn under
 * @param seed           the derived seed
 * @param status         OK or FAILED
 * @param failure        why it failed; null when OK
 * @param strata         outcomes in canonical stratum order
 * @param selected       selected targets, ascending key order over all strata
 * @param teams          one team per selected target in the same order; empty without teams or on failure
 * @param experts        drawn experts (revision 1.4, §8a) in team order, then need order; null when the commitment
 *                       has no expert terms, empty on failure
 */
public record DrawResult(Hash32 commitmentHash, Hash32 seed, DrawStatus status, DrawFailure failure,
        List<StratumOutcome> strata, List<RankedTarget> selected, List<Team> teams, List<ExpertAssignment> experts) {
    public DrawResult {
        if (commitmentHash == null || seed == null || status == null) {
            throw new IllegalArgumentException("commitment hash, seed and status are required");
        }
        if ((status == DrawStatus.FAILED) != (failure != null)) {
            throw new IllegalArgumentException("a failure is given exactly when the status is FAILED");
        }
        strata = List.copyOf(strata);
        // the engine's columnar list is immutable already; copying it would make an object per target
        selected = selected instanceof SelectedTargets ? selected : List.copyOf(selected);
        teams = List.copyOf(teams);
        experts = experts == null ? null : List.copyOf(experts);
    }

    /** A result without experts (every result before revision 1.4). */
    public DrawResult(Hash32 commitmentHash, Hash32 seed, DrawStatus status, DrawFailure failure,
            List<StratumOutcome> strata, List<RankedTarget> selected, List<Team> teams) {
        this(commitmentHash, seed, status, failure, strata, selected, teams, null);
    }

    /** The experts drawn for a target's team, in need order (empty without experts). */
    public List<ExpertAssignment> expertsOf(TargetId target) {
        return experts == null ? List.of() : experts.stream().filter(e -> e.target().equals(target)).toList();
    }

    /** Canonical encoding (docs/draw-protocol.md §8.4). */
    public byte[] encode() {
        return write(new Canonical(64 + selected.size() * 48)).toByteArray();
    }

    private Canonical write(Canonical out) {
        out.str("ssj.result").h32(commitmentHash).h32(seed).str(status.name());
        DrawFailure f = failure == null ? new DrawFailure("NONE", "", "", "") : failure;
        out.str(failure == null ? "" : f.code()).str(f.target()).str(f.department()).str(f.detail());
        out.list(strata, (o, s) -> {
            o.str(s.stratum()).u64(s.eligible()).u64(s.requested()).u64(s.quota()).bool(s.shortfall());
            o.str(s.threshold() == null ? "" : s.threshold().id().value());
            o.u64(s.threshold() == null ? 0 : s.threshold().key());
            o.list(s.reserve(), (o2, r) -> o2.str(r.id().value()).u64(r.key()));
        });
        if (selected instanceof SelectedTargets columns) {
            columns.writeTo(out);
        } else {
            out.list(selected, (o, t) -> o.str(t.id().value()).str(t.stratum()).u64(t.key()));
        }
        out.list(teams, (o, t) -> {
            o.str(t.target().value()).str(t.leader().value());
            o.list(t.members(), (o2, m) -> o2.str(m.value()));
        });
        if (experts != null) {
            // revision 1.4 trailer, only under a commitment with expert terms
            out.str("experts").list(experts, (o, e) -> o.str(e.target().value()).str(e.expert().value())
                    .str(e.department().value()).str(e.field()));
        }
        return out;
    }

    /** SHA-256 of {@link #encode()}: what the EXECUTE log entry records (streamed, not buffered). */
    public Hash32 hash() {
        return write(Canonical.hashing()).sha256();
    }

    /** The outcome of a stratum, or null. */
    public StratumOutcome stratum(String code) {
        for (StratumOutcome s : strata) {
            if (s.stratum().equals(code)) {
                return s;
            }
        }
        return null;
    }
}
