package cn.shuangsuiji.registry.domain.importing;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * 导入任务 — an asynchronous bulk import of a registry file (S0 13; S1 11): progress counters, and the outcome.
 * A malformed file fails as a whole before anything is applied; a bad row is refused alone and reported.
 *
 * @param id          job id
 * @param kind        which registry
 * @param fileName    uploaded file name
 * @param format      CSV or XLSX
 * @param state       queued, running, completed, failed, interrupted
 * @param totalRows   data rows in the file (known after the structure check)
 * @param rowsDone    rows processed
 * @param created     records created
 * @param updated     records changed
 * @param unchanged   rows equal to the stored record
 * @param rejected    rows refused
 * @param failureCode stable code when the whole file failed
 * @param failureMessage Chinese message when the whole file failed
 * @param startedBy   who started it
 * @param createdAt   when it was accepted
 * @param startedAt   when it started running, or null
 * @param finishedAt  when it finished, or null
 */
public record ImportJob(String id, ImportKind kind, String fileName, FileFormat format, ImportState state,
                        long totalRows, long rowsDone, long created, long updated, long unchanged, long rejected,
                        String failureCode, String failureMessage, String startedBy, Instant createdAt,
                        Instant startedAt, Instant finishedAt) {

    public ImportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static ImportJob queued(String id, ImportKind kind, String fileName, FileFormat format, String by,
                                   Instant now) {
        return new ImportJob(id, kind, fileName, format, ImportState.QUEUED, 0, 0, 0, 0, 0, 0, null, null, by, now,
                null, null);
    }

    public ImportJob running(long total, Instant now) {
        return new ImportJob(id, kind, fileName, format, ImportState.RUNNING, total, 0, 0, 0, 0, 0, null, null,
                startedBy, createdAt, now, null);
    }

    public ImportJob progressed(long done, long addCreated, long addUpdated, long addUnchanged, long addRejected) {
        return new ImportJob(id, kind, fileName, format, state, totalRows, done, created + addCreated,
                updated + addUpdated, unchanged + addUnchanged, rejected + addRejected, null, null, startedBy,
                createdAt, startedAt, null);
    }

    public ImportJob completed(Instant now) {
        return new ImportJob(id, kind, fileName, format, ImportState.COMPLETED, totalRows, rowsDone, created,
                updated, unchanged, rejected, null, null, startedBy, createdAt, startedAt, now);
    }

    public ImportJob failed(String code, String message, Instant now) {
        return new ImportJob(id, kind, fileName, format, ImportState.FAILED, totalRows, rowsDone, created, updated,
                unchanged, rejected, code, message, startedBy, createdAt, startedAt, now);
    }

    /**
     * Adds records the job created that no committed batch counted (a batch cut off between its insert and its
     * commit by a crash or a failure) to the created rows.
     */
    public ImportJob withUncountedCreations(long uncounted) {
        if (uncounted < 0) {
            throw new IllegalArgumentException("uncounted < 0");
        }
        return new ImportJob(id, kind, fileName, format, state, totalRows, rowsDone + uncounted,
                created + uncounted, updated, unchanged, rejected, failureCode, failureMessage, startedBy, createdAt,
                startedAt, finishedAt);
    }

    /**
     * 导入中断 — the process running the job died (its lease expired): the job ends with the counters of what
     * was written.
     */
    public ImportJob interrupted(Instant now) {
        return new ImportJob(id, kind, fileName, format, ImportState.INTERRUPTED, totalRows, rowsDone, created,
                updated, unchanged, rejected, "IMPORT_INTERRUPTED", "导入中断：处理该任务的服务进程已停止。已写入的记录已计入并公告；"
                + "重新导入同一文件可补全其余行（重复导入不会重复写入）", startedBy, createdAt, startedAt, now);
    }

    /** Rows per second since the start, or 0. */
    public double rate(Instant now) {
        if (startedAt == null || rowsDone == 0) {
            return 0;
        }
        Instant end = finishedAt != null ? finishedAt : now;
        long millis = Math.max(1, Duration.between(startedAt, end).toMillis());
        return rowsDone * 1000.0 / millis;
    }
}
