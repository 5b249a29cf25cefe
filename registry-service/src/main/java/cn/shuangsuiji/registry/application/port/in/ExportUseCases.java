package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.privacy.Caller;
import java.io.OutputStream;

/** 导出 — registry exports and import error reports, written as streams. */
public interface ExportUseCases {

    /** Entities matching the query, in the import template's columns (re-importable), personal data masked. */
    void exportEntities(EntityQuery query, FileFormat format, Caller caller, OutputStream out);

    /** The row errors of an import job as CSV: line, field, code, message. */
    void writeImportErrors(String jobId, OutputStream out);
}
