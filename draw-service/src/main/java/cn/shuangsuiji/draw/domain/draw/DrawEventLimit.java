package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.drawprotocol.CandidateTable;
import cn.shuangsuiji.drawprotocol.StratumQuota;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.List;
import java.util.Map;

/**
 * 单次抽取对象上限 — the most targets one draw may select (issue 12). A draw's {@code DrawCompleted} carries every
 * target with its team and is one outbox document and one Kafka message: both are limited to 16 MB (MongoDB's
 * document limit; the platform's {@code max.request.size}/{@code max.message.bytes}). Measured: a 7,700-target
 * DrawCompleted is 3.5 MB, about 455 bytes per target; {@value #MAX_TARGETS} targets make about 9.1 MB, leaving room
 * for larger teams and longer names. A draw that could select more is refused at commitment, before anything is
 * stored ({@code DRAW_TOO_MANY_TARGETS}, 422) — otherwise its event could never be written or sent and would block
 * the draw outbox. A task that needs more targets is split into several tasks (e.g. by region).
 */
public final class DrawEventLimit {

    /** At most this many targets (quotas plus each stratum's substitution list) per draw. */
    public static final int MAX_TARGETS = 20_000;

    private DrawEventLimit() {
    }

    /**
     * The most targets the draw can select: per stratum its quota capped at the eligible count, plus the stratum's
     * substitution list ({@code reserve}), also capped.
     */
    public static long maxSelected(Map<String, StratumQuota> quotas, CandidateTable targets, int reserve) {
        long total = 0;
        for (StratumQuota q : quotas.values()) {
            long eligible = targets.eligibleCount(q.stratum());
            total += Math.min(eligible, q.requested(eligible) + reserve);
        }
        return total;
    }

    /** Refuses a draw that could select more than {@link #MAX_TARGETS} targets. */
    static void requireFitsOneEvent(String taskId, Map<String, StratumQuota> quotas, CandidateTable targets,
                                    int reserve) {
        long most = maxSelected(quotas, targets, reserve);
        if (most > MAX_TARGETS) {
            throw new DomainProblem(ProblemKind.INVALID, "DRAW_TOO_MANY_TARGETS", "抽取对象数量超出单次抽取上限",
                    "任务 " + taskId + " 按抽取比例最多可抽出 " + most + " 个对象（含递补名单），超出单次抽取上限 "
                            + MAX_TARGETS + " 个（抽取结果须作为一条不超过 16 MB 的事件发布）；请降低抽取比例或数量，"
                            + "或将任务按区域拆分为多个任务",
                    List.of(new FieldProblem("quotas", "DRAW_TOO_MANY_TARGETS",
                            "最多 " + MAX_TARGETS + " 个对象，本任务为 " + most + " 个")));
        }
    }
}
