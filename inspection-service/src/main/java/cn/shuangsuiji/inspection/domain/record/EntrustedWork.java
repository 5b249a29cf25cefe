package cn.shuangsuiji.inspection.domain.record;

/** 委托事项 — what a professional institution was entrusted with (S1 19). */
public enum EntrustedWork {
    /** 审计. */
    AUDIT("审计"),
    /** 验资. */
    CAPITAL_VERIFICATION("验资"),
    /** 评估. */
    APPRAISAL("评估"),
    /** 检验检测. */
    TESTING("检验检测");

    private final String chineseName;

    EntrustedWork(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
