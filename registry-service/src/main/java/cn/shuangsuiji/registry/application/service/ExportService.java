package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.registry.application.port.in.EntityQuery;
import cn.shuangsuiji.registry.application.port.in.ExportUseCases;
import cn.shuangsuiji.registry.application.port.in.ImportUseCases;
import cn.shuangsuiji.registry.application.port.out.EntityRepository;
import cn.shuangsuiji.registry.application.port.out.TabularFiles;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.privacy.Caller;
import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Service;

/** Streams exports through {@link TabularFiles}; nothing is collected in memory. */
@Service
class ExportService implements ExportUseCases {

    private final EntityRepository entities;
    private final ImportUseCases imports;
    private final TabularFiles files;

    ExportService(EntityRepository entities, ImportUseCases imports, TabularFiles files) {
        this.entities = entities;
        this.imports = imports;
        this.files = files;
    }

    @Override
    public void exportEntities(EntityQuery query, FileFormat format, Caller caller, OutputStream out) {
        files.write(out, format, EntityRows.COLUMNS.exportHeader(), sink -> entities.forEach(query, e ->
                sink.accept(EntityRows.cells(e, caller.mayReadPersonalDataOf(e.details().supervisionScopes())))));
    }

    @Override
    public void writeImportErrors(String jobId, OutputStream out) {
        imports.get(jobId);
        files.write(out, FileFormat.CSV, List.of("行号(line)", "字段(field)", "错误代码(code)", "说明(message)"),
                sink -> imports.errors(jobId, e -> sink.accept(List.of(String.valueOf(e.line()), e.field(), e.code(),
                        e.message()))));
    }
}
