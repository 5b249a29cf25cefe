package cn.shuangsuiji.contracts.draw;

import java.util.List;

/**
 * 检查组 — the inspectors matched to one target; the leader (组长) is from the initiating department.
 *
 * @param entityId  the target
 * @param leaderId  the team leader
 * @param memberIds all members, leader included, in rank order
 */
public record DrawnTeam(String entityId, String leaderId, List<String> memberIds) {

    public DrawnTeam {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
    }
}
