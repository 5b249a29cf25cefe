package cn.shuangsuiji.registry.domain.snapshot;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * 名录库政策 — jurisdiction policy for registries: the minimum number of drawable inspectors a department's
 * registry must hold to be used for a draw (default 4, S2 15).
 */
public record RegistryPolicy(int minInspectors) {

    public RegistryPolicy {
        if (minInspectors < 1) {
            throw new IllegalArgumentException("minInspectors must be at least 1");
        }
    }

    /** Refuses when any department has fewer drawable inspectors than the policy minimum (S2 15). */
    public void requireMinimumInspectors(Map<String, Long> drawableByDepartment) {
        Map<String, Long> tooSmall = new TreeMap<>(drawableByDepartment.entrySet().stream()
                .filter(e -> e.getValue() < minInspectors)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        if (!tooSmall.isEmpty()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "INSPECTOR_REGISTRY_TOO_SMALL", "执法检查人员名录库人数不足",
                    "名录库至少需要 " + minInspectors + " 名在岗且执法证有效的执法检查人员，不足的部门：" + tooSmall.entrySet()
                            .stream().map(e -> e.getKey() + "（" + e.getValue() + " 名）")
                            .collect(Collectors.joining("，")));
        }
    }
}
