package cn.shuangsuiji.draw.domain.draw;

/** 抽取状态 — committed (承诺), executed (已抽取), failed (teams could not be formed), abandoned (作废). */
public enum DrawState {
    COMMITTED,
    EXECUTED,
    FAILED,
    ABANDONED
}
