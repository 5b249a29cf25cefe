package cn.shuangsuiji.planning.application.port.in;

import cn.shuangsuiji.planning.domain.policy.PolicyId;
import cn.shuangsuiji.planning.domain.policy.PolicyParameters;
import java.util.Objects;

/** 修订政策 — make the next version of a policy, with a reason. */
public record RevisePolicyCommand(PolicyId id, PolicyParameters parameters, String reason, String revisedBy) {

    public RevisePolicyCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(revisedBy, "revisedBy");
        reason = Commands.reason(reason);
    }
}
