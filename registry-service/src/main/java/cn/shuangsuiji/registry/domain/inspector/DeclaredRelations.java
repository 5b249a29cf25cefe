package cn.shuangsuiji.registry.domain.inspector;

import java.util.List;

/**
 * 利害关系申报 — what an inspector declared for conflict-of-interest screening (回避, S0 16; S1 16): relatives,
 * entities they or their relatives hold interests in (by USCC), former employers. Personal data: masked for
 * everyone but the owning department's administrators (S0 25) and only hashed in snapshots.
 */
public record DeclaredRelations(List<Relative> relatives, List<String> interestUsccs,
                                List<FormerEmployer> formerEmployers) {

    public static final DeclaredRelations NONE = new DeclaredRelations(List.of(), List.of(), List.of());

    public DeclaredRelations {
        relatives = relatives == null ? List.of() : List.copyOf(relatives);
        interestUsccs = interestUsccs == null ? List.of() : interestUsccs.stream().map(String::trim)
                .map(String::toUpperCase).distinct().sorted().toList();
        formerEmployers = formerEmployers == null ? List.of() : List.copyOf(formerEmployers);
    }

    public boolean isEmpty() {
        return relatives.isEmpty() && interestUsccs.isEmpty() && formerEmployers.isEmpty();
    }
}
