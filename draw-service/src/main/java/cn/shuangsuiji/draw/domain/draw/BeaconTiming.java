package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.drawprotocol.BeaconSpec;
import cn.shuangsuiji.drawprotocol.beacon.DrandQuicknet;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.time.Instant;

/**
 * 信标轮次须在未来 — the committed beacon round must be published after the commitment (docs/draw-protocol.md §4):
 * a randomness already public could be chosen to favour an outcome, so the beacon must be the last input known.
 */
public final class BeaconTiming {

    private BeaconTiming() {
    }

    /** Refuses ({@code DRAW_ROUND_NOT_FUTURE}) a round whose time is not after {@code committedAt}. */
    public static void requireFuture(BeaconSpec beacon, Instant committedAt) {
        if (beacon.roundTime() <= committedAt.getEpochSecond()) {
            throw new DomainProblem(ProblemKind.INVALID, "DRAW_ROUND_NOT_FUTURE", "信标轮次不在未来",
                    "信标轮次 " + beacon.round() + " 的时间 " + Instant.ofEpochSecond(beacon.roundTime())
                            + " 不晚于承诺时间 " + committedAt + "：已公开的随机数不能用于抽取（下一可用轮次 "
                            + DrandQuicknet.firstRoundAfter(committedAt.getEpochSecond()) + "）");
        }
    }
}
