package cn.shuangsuiji.drawprotocol;

/** 抽取状态 — a draw either produced targets and teams, or failed with a defined failure. */
public enum DrawStatus {
    OK,
    FAILED
}
