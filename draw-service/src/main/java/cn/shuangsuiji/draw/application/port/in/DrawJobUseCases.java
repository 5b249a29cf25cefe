package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.job.DrawJob;
import cn.shuangsuiji.platform.security.Actor;
import java.util.concurrent.CompletableFuture;

/**
 * 抽取任务 — the commit and the execution of a draw as background jobs (issue 12): a draw over 10^7 candidates
 * takes longer than a request may; the caller waits a bounded time for the outcome and otherwise answers with the
 * job, whose state can be read until it names the stored draw.
 */
public interface DrawJobUseCases {

    /** A queued job and its outcome: the use case's result, or the refusal/failure that ended it. */
    record Started<T>(DrawJob job, CompletableFuture<T> outcome) {
    }

    /** Queues {@link CommitDrawUseCase#commit}; the caller's role is checked first. */
    Started<Draw> commit(DrawCommands.Commit command);

    /** Queues {@link ExecuteDrawUseCase#execute}; the caller's role is checked first. */
    Started<DrawView> execute(DrawCommands.Execute command);

    /**
     * The job as stored; readable by the caller who started it, their department's staff and whoever reads every
     * draw ({@code DRAW_JOB_NOT_FOUND} otherwise, so an outsider learns nothing).
     */
    DrawJob get(String jobId, Actor actor);
}
