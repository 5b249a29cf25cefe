package cn.shuangsuiji.registry.domain.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * 回避提示 — a declared relative without an ID number cannot be screened by key at the draw (回避, S0 16; S1 16):
 * the draw compares hashed identifiers, never names. Such a relative is matched by name against the legal
 * representatives and holders in the entity registry, and the registry clerk is shown a warning naming the
 * entities that match (or that none does), so the ID number can be added. Shown only to the owning department's
 * clerk or head, with the relations themselves (personal data, S0 25).
 *
 * @param relativeName     the declared relative's name
 * @param relationship     the relationship
 * @param matchedEntityIds entities whose legal representative or a holder bears the name (at most {@link #LIMIT})
 * @param message          the Chinese warning
 */
public record RelationWarning(String relativeName, String relationship, List<String> matchedEntityIds,
                              String message) {

    /** Matches listed per relative at most. */
    public static final int LIMIT = 20;

    public RelationWarning {
        matchedEntityIds = List.copyOf(matchedEntityIds);
    }

    /**
     * The warnings for the relatives declared without an ID number.
     *
     * @param entitiesNamed ids of entities whose legal representative or a holder bears a name
     */
    public static List<RelationWarning> of(DeclaredRelations relations, Function<String, List<String>> entitiesNamed) {
        List<RelationWarning> warnings = new ArrayList<>();
        for (Relative r : relations.relatives()) {
            if (r.idNumber() != null && !r.idNumber().isBlank() || r.name() == null || r.name().isBlank()) {
                continue;
            }
            List<String> matches = entitiesNamed.apply(r.name().trim());
            String who = "申报的" + (r.relationship() == null ? "近亲属" : r.relationship()) + " " + r.name();
            String message = matches.isEmpty()
                    ? who + " 未提供身份证号码：抽取时只能按身份证号码回避，请补充"
                    : who + " 未提供身份证号码，与检查对象 " + String.join("、", matches)
                            + " 的法定代表人或出资人同名：请核实并补充身份证号码，否则抽取时无法回避";
            warnings.add(new RelationWarning(r.name(), r.relationship(), matches, message));
        }
        return warnings;
    }
}
