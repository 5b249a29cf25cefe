package cn.shuangsuiji.contracts.draw;

import java.util.List;

/**
 * 检查组 — the inspectors matched to one target; the leader (组长) is from the initiating department.
 *
 * @param entityId  the target
 * @param leaderId  the team leader
 * @param memberIds all members, leader included, in rank order
 * @param experts   experts helping the team (专家, S0 9): not members, never the leader, record no results; empty
 *                  when none (additive, issue 15)
 */
public record DrawnTeam(String entityId, String leaderId, List<String> memberIds, List<TeamExpert> experts) {

    public DrawnTeam {
        memberIds = memberIds == null ? List.of() : List.copyOf(memberIds);
        experts = experts == null ? List.of() : List.copyOf(experts);
    }

    /** A team without experts. */
    public DrawnTeam(String entityId, String leaderId, List<String> memberIds) {
        this(entityId, leaderId, memberIds, List.of());
    }
}
