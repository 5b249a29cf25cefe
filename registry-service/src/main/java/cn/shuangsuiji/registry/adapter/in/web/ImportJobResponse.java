package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.importing.ImportJob;
import java.time.Instant;

/** An import job's progress and outcome. */
public record ImportJobResponse(String id, String kind, String fileName, String format, String state,
                                long totalRows, long rowsDone, double rowsPerSecond, long created, long updated,
                                long unchanged, long rejected, String failureCode, String failureMessage,
                                String errorsPath, Instant createdAt, Instant startedAt, Instant finishedAt) {

    static ImportJobResponse of(ImportJob j, Instant now) {
        return new ImportJobResponse(j.id(), j.kind().name(), j.fileName(),
                j.format() == null ? null : j.format().name(), j.state().name(), j.totalRows(), j.rowsDone(),
                Math.round(j.rate(now) * 10) / 10.0, j.created(), j.updated(), j.unchanged(), j.rejected(),
                j.failureCode(), j.failureMessage(), "/api/registry/imports/" + j.id() + "/errors.csv",
                j.createdAt(), j.startedAt(), j.finishedAt());
    }
}
