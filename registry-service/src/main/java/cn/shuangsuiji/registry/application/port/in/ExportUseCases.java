package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import java.io.OutputStream;

/** 导出 — registry exports and import error reports, written as streams. */
public interface ExportUseCases {

    /** A prepared export: the rights were checked and any disclosure logged; writing streams the rows. */
    @FunctionalInterface
    interface Export {
        void writeTo(OutputStream out) throws java.io.IOException;
    }

    /**
     * Entities matching the query, in the import template's columns (re-importable), each with its stable id.
     * The personal-data columns (ID number, phone, legal representative's ID number, holders) are included only
     * when the query is restricted to one department and the caller is its registry clerk or head (the disclosure is logged); otherwise they are
     * left out (a natural person is then identified by the id column on re-import).
     */
    Export exportEntities(EntityQuery query, FileFormat format, Actor actor);

    /**
     * Inspectors (of one department, or all when {@code departmentId} is null), sorted by id, in the import
     * template's columns (re-importable). The personal-data columns (phone, ID number, declared relations) are
     * included only when the export is of one department and the caller is its registry clerk or head (the disclosure is logged); otherwise
     * they are left out.
     */
    Export exportInspectors(String departmentId, FileFormat format, Actor actor);

    /**
     * Inspection items (owned by one department, or all), sorted by id, in the import template's columns with
     * the latest version's content (the open draft if any): importing the file again changes nothing.
     */
    void exportItems(String departmentId, FileFormat format, OutputStream out);

    /** The row errors of an import job as CSV: line, field, code, message. */
    void writeImportErrors(String jobId, OutputStream out);
}
