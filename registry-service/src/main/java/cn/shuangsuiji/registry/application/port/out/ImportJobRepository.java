package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.registry.domain.importing.ImportJob;
import cn.shuangsuiji.registry.domain.importing.RowError;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Stores import jobs and their row errors. */
public interface ImportJobRepository {

    void save(ImportJob job);

    Optional<ImportJob> find(String id);

    void appendErrors(String jobId, List<RowError> errors);

    void forEachError(String jobId, Consumer<RowError> sink);
}
