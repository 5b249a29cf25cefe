package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.draw.domain.job.DrawJob;
import java.time.Instant;
import java.util.List;

/**
 * 恢复中断的抽取任务 — ends the draw jobs whose process died (lease run out before {@code now}): a job whose draw
 * was stored after all (the commit's or execution's transaction ran before the process died) ends
 * {@code COMPLETED} naming it; any other ends {@code INTERRUPTED} — its transaction never ran, nothing exists.
 */
public interface RecoverInterruptedDrawJobsUseCase {

    /** The jobs this call ended. */
    List<DrawJob> recoverExpired(Instant now);
}
