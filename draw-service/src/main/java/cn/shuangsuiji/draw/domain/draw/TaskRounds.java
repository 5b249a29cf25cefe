package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.Comparator;
import java.util.List;

/**
 * 抽查轮次 — one standing draw per round of a task. The target list, once produced, cannot be changed (S1 15): while
 * a draw of the task is committed and not yet executed, a second commitment is refused ({@code DRAW_ROUND_PENDING});
 * the task's frequency (rounds a year, S2 18) caps the executed rounds ({@code DRAW_FREQUENCY_REACHED}). A draw
 * abandoned with approval (作废, by the department head once executed) or one that failed to form teams stands
 * for nothing: the next commitment redraws the same round and names the draw it replaces ({@code redrawOf}).
 */
public final class TaskRounds {

    private TaskRounds() {
    }

    /** The round a new commitment of the task draws, and the abandoned or failed draw of that round it redraws. */
    public record NextRound(int round, String redrawOf) {
    }

    /** The next round of {@code task} given its earlier draws, or a refusal. */
    public static NextRound next(PlannedTask task, List<Draw> earlier) {
        Draw pending = earlier.stream().filter(d -> d.state() == DrawState.COMMITTED).findFirst().orElse(null);
        if (pending != null) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_ROUND_PENDING", "本轮抽取尚未执行",
                    "任务 " + task.taskId() + " 已有已承诺未执行的抽取 " + pending.id()
                            + "：每轮只能有一次有效抽取，请先执行该抽取或经批准作废后再重新抽取");
        }
        long executed = earlier.stream().filter(d -> d.state() == DrawState.EXECUTED).count();
        if (executed >= task.rounds()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_FREQUENCY_REACHED", "本任务的抽取轮次已满",
                    "任务 " + task.taskId() + " 计划每年抽取 " + task.rounds() + " 轮，已执行 " + executed
                            + " 轮且结果有效：抽取结果一经产生不得更改（S1 15）；如确需重抽，须由负责人作废原结果");
        }
        int round = (int) executed + 1;
        String redrawOf = earlier.stream()
                .filter(d -> d.state() == DrawState.ABANDONED || d.state() == DrawState.FAILED)
                .filter(d -> d.header().round() == null || d.header().round() == round)
                .max(Comparator.comparing(d -> d.header().committedAt()))
                .map(d -> d.id().value()).orElse(null);
        return new NextRound(round, redrawOf);
    }
}
