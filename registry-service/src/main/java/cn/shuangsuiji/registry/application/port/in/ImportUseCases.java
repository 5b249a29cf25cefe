package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.importing.ImportJob;
import cn.shuangsuiji.registry.domain.importing.ImportKind;
import cn.shuangsuiji.registry.domain.importing.RowError;
import java.nio.file.Path;
import java.util.function.Consumer;

/** 批量导入 — asynchronous bulk import of registry files (S0 13; S1 11). */
public interface ImportUseCases {

    /**
     * Accepts a file (already stored at {@code file}, which the job deletes when done) and starts the job in the
     * background.
     */
    ImportJob start(ImportKind kind, String fileName, FileFormat format, Path file, Actor actor);

    /**
     * As {@link #start}; for {@link ImportKind#ITEMS} with {@code publishItems} every imported draft version is
     * published as well (emitting {@code InspectionItemPublished}); without it imported items stay drafts.
     */
    ImportJob start(ImportKind kind, String fileName, FileFormat format, Path file, Actor actor,
                    boolean publishItems);

    /** Runs an import in the actor's thread (benchmark, demo data). */
    ImportJob runNow(ImportKind kind, String fileName, FileFormat format, Path file, Actor actor);

    /** As {@link #runNow}, publishing imported item drafts when {@code publishItems}. */
    ImportJob runNow(ImportKind kind, String fileName, FileFormat format, Path file, Actor actor,
                     boolean publishItems);

    ImportJob get(String jobId);

    /** The job, for an authenticated caller. */
    ImportJob get(String jobId, Actor actor);

    /** The job's row errors in line order. */
    void errors(String jobId, Consumer<RowError> sink);
}
