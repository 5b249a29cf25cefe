package cn.shuangsuiji.registry.domain.expert;

/** 关系类别 — kinds of declared relations screened for conflicts of interest (回避, S0 16; S1 16). */
public enum RelationKind {
    SPOUSE("配偶", true),
    LINEAL_RELATIVE("直系血亲", true),
    COLLATERAL_RELATIVE("三代以内旁系血亲", true),
    CLOSE_IN_LAW("近姻亲", true),
    INTEREST_HOLDING("本人或亲属持有利益的主体", false),
    FORMER_EMPLOYER("曾任职单位", false),
    OTHER("其他利害关系", false);

    private final String chineseName;
    private final boolean person;

    RelationKind(String chineseName, boolean person) {
        this.chineseName = chineseName;
        this.person = person;
    }

    public String chineseName() {
        return chineseName;
    }

    /** Whether the relation names a person (else an organisation). */
    public boolean isPerson() {
        return person;
    }
}
