package cn.shuangsuiji.draw.adapter.in.web;

import cn.shuangsuiji.draw.domain.job.DrawJob;
import cn.shuangsuiji.draw.domain.job.DrawJobState;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/**
 * 抽取任务 — a draw job's progress and outcome: once {@code COMPLETED}, {@code drawPath} names the committed or
 * executed draw; a refused job carries the refusal's code, title and detail.
 */
@Schema(name = "DrawJob", description = "抽取任务（承诺或执行）：状态、耗时与结果抽取")
public record DrawJobResponse(String id,
                              @Schema(description = "COMMIT | EXECUTE") String kind,
                              String planId, String taskId,
                              @Schema(description = "QUEUED | RUNNING | COMPLETED | FAILED | INTERRUPTED") String state,
                              @Schema(description = "已运行（或总计）毫秒") long elapsedMillis,
                              String drawId,
                              @Schema(description = "完成后指向抽取") String drawPath,
                              String failureCode, String failureTitle, String failureDetail, String jobPath,
                              Instant createdAt, Instant startedAt, Instant finishedAt) {

    static DrawJobResponse of(DrawJob j, Instant now) {
        return new DrawJobResponse(j.id(), j.kind().name(), j.planId(), j.taskId(), j.state().name(),
                j.elapsedMillis(now), j.drawId(),
                j.state() == DrawJobState.COMPLETED && j.drawId() != null ? "/api/draws/" + j.drawId() : null,
                j.failureCode(), j.failureTitle(), j.failureDetail(), path(j.id()), j.createdAt(), j.startedAt(),
                j.finishedAt());
    }

    static String path(String jobId) {
        return "/api/draws/jobs/" + jobId;
    }
}
