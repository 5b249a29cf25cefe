package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * 递补原因 — the only reasons a drawn target may be replaced by the next on the substitution list (抽取递补,
 * S2 19, 21). The produced list is otherwise never changed (S1 15); a substitution needs one of these reasons,
 * evidence and the department head's approval, and a reason must be supported by the entity's registry status.
 */
public enum SubstitutionReason {

    /** 已注销或吊销 — the entity terminated after the snapshot (S2 14); the registry must say so. */
    DEREGISTERED("检查对象已注销或吊销"),
    /** 经核查不存在或已迁出 — the entity no longer exists at its registered address, on record. */
    NOT_FOUND_AT_ADDRESS("经核查检查对象在登记住所不存在或已迁出"),
    /** 发现依法不宜检查的情形 — e.g. under case investigation (S2 4; S0 27), found after the draw. */
    CONFLICT_DISCOVERED("抽取后发现依法不应纳入本次随机抽查的情形"),
    /** 重复检查 — the entity was checked this year by the level above or at the yearly maximum (S2 18; S0 17). */
    DUPLICATE_INSPECTION("抽取后发现本年度已被上级或其他部门检查，避免重复检查");

    /** Registry statuses of a terminated entity (注销, 吊销). */
    public static final Set<String> TERMINATED = Set.of("CANCELLED", "REVOKED", "DEREGISTERED");

    private final String label;

    SubstitutionReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The reason of a code, or DRAW_SUBSTITUTION_REASON (422) naming the allowed codes. */
    public static SubstitutionReason of(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst()
                .orElseThrow(() -> DomainProblem.invalid("DRAW_SUBSTITUTION_REASON", "递补原因 " + code
                        + " 不在规定范围内，应为：" + String.join("、", Arrays.stream(values())
                        .map(r -> r.name() + "（" + r.label + "）").toList()), List.of()));
    }

    /**
     * Refuses the reason when the entity's registry status does not support it: DEREGISTERED needs a terminated
     * entity (S2 14); an operating entity cannot be declared deregistered (DRAW_SUBSTITUTION_STATUS, 409).
     *
     * @param status the entity's current registry status, or null when the registry reported no change since the
     *               snapshot (then the snapshot's operating status holds)
     */
    public void requireSupportedBy(String entityId, String status) {
        if (this == DEREGISTERED && (status == null || !TERMINATED.contains(status))) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_SUBSTITUTION_STATUS", "对象状态不支持该递补原因",
                    "检查对象 " + entityId + " 在名录库中的状态为" + (status == null ? "存续（未收到注销或吊销记录）"
                            : " " + status) + "，不能以“" + label + "”为由递补");
        }
    }
}
