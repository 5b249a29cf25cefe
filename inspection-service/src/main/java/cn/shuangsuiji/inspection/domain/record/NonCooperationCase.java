package cn.shuangsuiji.inspection.domain.record;

/** 不予配合情形 — the five non-cooperation cases of S2 25. */
public enum NonCooperationCase {
    /** （一）阻碍检查人员进入被检查场所. */
    OBSTRUCTED_ENTRY("阻碍检查人员进入被检查场所"),
    /** （二）阻碍询问调查. */
    OBSTRUCTED_QUESTIONING("阻碍询问调查"),
    /** （三）无正当理由，拒绝提供相关证明材料. */
    REFUSED_MATERIALS("无正当理由拒绝提供相关证明材料"),
    /** （四）不如实反映情况，弄虚作假. */
    FALSE_STATEMENTS("不如实反映情况，弄虚作假"),
    /** （五）其他不配合情形，致使检查不能正常进行. */
    OTHER_PREVENTING_CHECK("其他不配合情形，致使检查不能正常进行");

    private final String chineseName;

    NonCooperationCase(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
