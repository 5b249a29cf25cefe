package cn.shuangsuiji.drawprotocol;

/** 抽取后变更 — a recorded change after the draw: a target substitution or an inspector replacement. */
public sealed interface PostDrawAction permits Substitution, Replacement {
}
