package cn.shuangsuiji.registry.domain.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * 信用档案 — the risk facts the registry received about one entity (S0 23, 24; S1 23, 24), oldest first. Kept beside
 * the entity's registered facts: an import from the registration system never erases them, and the class a draw
 * uses is computed from both by the jurisdiction's {@link RiskRule}.
 *
 * @param entityId the entity
 * @param facts    the facts, in the order received
 * @param version  optimistic-concurrency version, 0 before the first fact
 */
public record CreditProfile(String entityId, List<RiskFact> facts, long version) {

    /** Fact kinds that come from a department's result (a correction replaces them). */
    public static final Set<RiskFactKind> RESULT_KINDS = Set.of(RiskFactKind.UNQUALIFIED_RESULT,
            RiskFactKind.FALSE_DISCLOSURE, RiskFactKind.SERIOUS_NON_COOPERATION);

    public CreditProfile {
        Objects.requireNonNull(entityId, "entityId");
        facts = facts == null ? List.of() : List.copyOf(facts);
    }

    /** An entity with no fact yet. */
    public static CreditProfile empty(String entityId) {
        return new CreditProfile(entityId, List.of(), 0);
    }

    /** The profile with a follow-up fact added (a fact from the same event is not added twice). */
    public CreditProfile with(RiskFact fact) {
        if (facts.stream().anyMatch(f -> f.eventId().equals(fact.eventId()) && f.kind() == fact.kind())) {
            return this;
        }
        List<RiskFact> next = new ArrayList<>(facts);
        next.add(fact);
        return new CreditProfile(entityId, next, version + 1);
    }

    /**
     * The profile with one department's result in one inspection set to these facts (none for a result that
     * calls for none): a correction (S1 22) replaces what the earlier version brought.
     */
    public CreditProfile withResult(String inspectionId, String departmentId, List<RiskFact> resultFacts) {
        List<RiskFact> next = new ArrayList<>();
        for (RiskFact f : facts) {
            if (!(RESULT_KINDS.contains(f.kind()) && f.sameResult(inspectionId, departmentId))) {
                next.add(f);
            }
        }
        next.addAll(resultFacts);
        if (next.equals(facts)) {
            return this;
        }
        return new CreditProfile(entityId, next, version + 1);
    }
}
