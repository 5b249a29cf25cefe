package cn.shuangsuiji.drawprotocol;

/**
 * 递补 — a target that cannot be inspected is replaced by the next target of the same stratum in key
 * order (first the published reserve, then further down the order). With teams, the replaced target's
 * team is released and the substitute gets a newly matched team.
 *
 * @param replaced   the target taken out
 * @param reason     reason code (e.g. DEREGISTERED)
 * @param substitute the target taken in
 * @param team       the substitute's team, null in a draw without teams
 */
public record Substitution(TargetId replaced, String reason, RankedTarget substitute, Team team)
        implements PostDrawAction {
    public Substitution {
        if (replaced == null || substitute == null) {
            throw new IllegalArgumentException("substitution needs the replaced and the substitute target");
        }
        Text.id(reason, "substitution reason");
    }
}
