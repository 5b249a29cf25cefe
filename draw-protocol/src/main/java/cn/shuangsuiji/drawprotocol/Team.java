package cn.shuangsuiji.drawprotocol;

import java.util.List;

/**
 * 检查组 — the inspectors matched to one target: members in rank order for that target, the leader
 * (组长) being the best-ranked member of the initiating department.
 */
public record Team(TargetId target, InspectorId leader, List<InspectorId> members) {
    public Team {
        if (target == null || leader == null) {
            throw new IllegalArgumentException("team needs target and leader");
        }
        members = List.copyOf(members);
        if (!members.contains(leader)) {
            throw new IllegalArgumentException("the leader is a member");
        }
    }
}
