package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.platform.error.DomainProblem;
import java.util.Arrays;
import java.util.List;

/**
 * 见证人身份 — who may witness a draw: media, invited supervisors, entity representatives (S2 20), or another
 * invited witness. A fixed list: free text is refused (DRAW_WITNESS_ROLE).
 */
public enum WitnessRole {
    MEDIA("媒体"),
    SUPERVISOR("特邀监督员"),
    ENTITY_REPRESENTATIVE("市场主体代表"),
    WITNESS("其他见证人");

    private final String label;

    WitnessRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static WitnessRole of(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst()
                .orElseThrow(() -> DomainProblem.invalid("DRAW_WITNESS_ROLE", "见证人身份 " + code + " 不在规定范围内，应为："
                        + String.join("、", Arrays.stream(values()).map(r -> r.name() + "（" + r.label + "）").toList()),
                        List.of()));
    }
}
