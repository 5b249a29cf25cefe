package cn.shuangsuiji.planning.domain.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * 适用政策 — the policy that applies to a department: its own policy, parameter by parameter no looser than its
 * jurisdiction's current policy (a department may tighten, never loosen, its jurisdiction's — rules.md preamble),
 * else the jurisdiction's policy. It names every source version, so a plan records exactly what applied.
 *
 * @param policy              the primary source: the department's own policy, or the jurisdiction's if it has none
 * @param tightenedBy         the jurisdiction policy version whose stricter values replaced some of the
 *                            department's (present only when at least one parameter was taken from it)
 * @param parameters          the parameters that apply
 * @param tightenedParameters names of the parameters taken from {@code tightenedBy}
 */
public record EffectivePolicy(JurisdictionPolicy policy, Optional<JurisdictionPolicy> tightenedBy,
                              PolicyParameters parameters, List<String> tightenedParameters) {

    public EffectivePolicy {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(tightenedBy, "tightenedBy");
        Objects.requireNonNull(parameters, "parameters");
        tightenedParameters = List.copyOf(tightenedParameters);
        if (tightenedBy.isPresent() != !tightenedParameters.isEmpty()) {
            throw new IllegalArgumentException("tightenedBy is named exactly when it contributes parameters");
        }
    }

    /** A department without its own policy: the jurisdiction's applies as it is. */
    public static EffectivePolicy of(JurisdictionPolicy jurisdiction) {
        return new EffectivePolicy(jurisdiction, Optional.empty(), jurisdiction.parameters(), List.of());
    }

    /**
     * A department with its own policy under its jurisdiction's current policy: per parameter the stricter of the
     * two ({@link PolicyParameters#stricterOf}). When the department's is at least as strict everywhere, its own
     * policy applies unchanged.
     */
    public static EffectivePolicy of(JurisdictionPolicy department, JurisdictionPolicy jurisdiction) {
        if (department.scope() != PolicyScope.DEPARTMENT || jurisdiction.scope() != PolicyScope.JURISDICTION) {
            throw new IllegalArgumentException("a department policy under a jurisdiction policy");
        }
        List<String> loose = department.parameters().looserThan(jurisdiction.parameters());
        if (loose.isEmpty()) {
            return new EffectivePolicy(department, Optional.empty(), department.parameters(), List.of());
        }
        return new EffectivePolicy(department, Optional.of(jurisdiction),
                department.parameters().stricterOf(jurisdiction.parameters()), loose);
    }

    /** The primary source version (the one plans have always recorded). */
    public PolicyRef ref() {
        return policy.ref();
    }

    /** The jurisdiction version that tightened the department's policy, if any. */
    public Optional<PolicyRef> tightenedByRef() {
        return tightenedBy.map(JurisdictionPolicy::ref);
    }

    /** Every source version: the primary first, then the tightening jurisdiction's if any. */
    public List<PolicyRef> sources() {
        List<PolicyRef> refs = new ArrayList<>();
        refs.add(ref());
        tightenedByRef().ifPresent(refs::add);
        return List.copyOf(refs);
    }

    /**
     * A readable id of the effective policy: the primary's id, or {@code <department>+<jurisdiction>} when a
     * jurisdiction tightened it (e.g. {@code qy-amr+130634}).
     */
    public String effectiveId() {
        return policy.id().value() + tightenedBy.map(j -> "+" + j.id().value()).orElse("");
    }
}
