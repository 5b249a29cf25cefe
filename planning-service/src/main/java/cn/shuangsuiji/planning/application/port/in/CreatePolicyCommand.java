package cn.shuangsuiji.planning.application.port.in;

import cn.shuangsuiji.planning.domain.policy.PolicyId;
import cn.shuangsuiji.planning.domain.policy.PolicyParameters;
import cn.shuangsuiji.planning.domain.policy.PolicyScope;
import java.util.Objects;
import java.util.Optional;

/**
 * 新建政策 — create a jurisdiction policy (owner = region code) or a department policy (owner = department id;
 * checked against {@code jurisdictionPolicy}, else the jurisdiction of the department's region, else the national
 * default).
 */
public record CreatePolicyCommand(PolicyId id, PolicyScope scope, String ownerId, String name,
                                  PolicyParameters parameters, Optional<PolicyId> jurisdictionPolicy,
                                  String createdBy) {

    public CreatePolicyCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(jurisdictionPolicy, "jurisdictionPolicy");
        Objects.requireNonNull(createdBy, "createdBy");
        if (ownerId == null || ownerId.isBlank()) {
            throw new IllegalArgumentException("政策所属辖区或部门不能为空");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("政策名称不能为空");
        }
    }
}
