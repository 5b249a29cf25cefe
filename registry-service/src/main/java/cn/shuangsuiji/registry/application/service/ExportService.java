package cn.shuangsuiji.registry.application.service;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.EntityQuery;
import cn.shuangsuiji.registry.application.port.in.ExportUseCases;
import cn.shuangsuiji.registry.application.port.in.ImportUseCases;
import cn.shuangsuiji.registry.application.port.in.InspectorQuery;
import cn.shuangsuiji.registry.application.port.in.ItemListQuery;
import cn.shuangsuiji.registry.application.port.in.PersonalDataUseCases;
import cn.shuangsuiji.registry.application.port.in.RegistryRights;
import cn.shuangsuiji.registry.application.port.out.EntityRepository;
import cn.shuangsuiji.registry.application.port.out.InspectorRepository;
import cn.shuangsuiji.registry.application.port.out.ItemRepository;
import cn.shuangsuiji.registry.application.port.out.TabularFiles;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Streams exports through {@link TabularFiles}; nothing is collected in memory (entities by a database cursor,
 * inspectors and items a keyset page at a time).
 */
@Service
class ExportService implements ExportUseCases {

    private static final int PAGE = 500;

    private final EntityRepository entities;
    private final InspectorRepository inspectors;
    private final ItemRepository items;
    private final ImportUseCases imports;
    private final TabularFiles files;
    private final PersonalDataUseCases personalData;

    ExportService(EntityRepository entities, InspectorRepository inspectors, ItemRepository items,
                  ImportUseCases imports, TabularFiles files, PersonalDataUseCases personalData) {
        this.personalData = personalData;
        this.entities = entities;
        this.inspectors = inspectors;
        this.items = items;
        this.imports = imports;
        this.files = files;
    }

    @Override
    public Export exportEntities(EntityQuery query, FileFormat format, Actor actor) {
        RegistryRights.requireStaff(actor);
        String department = query.departmentId();
        boolean personal = personalData.discloseExport(actor, "ENTITY_EXPORT", "department=" + department
                        + (query.regionCode() == null ? "" : "&regionCode=" + query.regionCode())
                        + (query.status() == null ? "" : "&status=" + query.status()), department,
                EntityRows.PERSONAL);
        return out -> files.write(out, format, EntityRows.exportHeader(personal), sink -> entities.forEach(query,
                e -> sink.accept(EntityRows.cells(e, personal))));
    }

    @Override
    public Export exportInspectors(String departmentId, FileFormat format, Actor actor) {
        RegistryRights.requireStaff(actor);
        boolean personal = personalData.discloseExport(actor, "INSPECTOR_EXPORT", "department=" + departmentId,
                departmentId, InspectorRows.PERSONAL);
        return out -> files.write(out, format, InspectorRows.exportHeader(personal), sink -> {
            String after = null;
            List<Inspector> page;
            do {
                page = inspectors.page(new InspectorQuery(after, PAGE, departmentId, null, null, null, null));
                page.forEach(i -> sink.accept(InspectorRows.cells(i, personal)));
                after = page.isEmpty() ? after : page.get(page.size() - 1).id().value();
            } while (page.size() == PAGE);
        });
    }

    @Override
    public void exportItems(String departmentId, FileFormat format, OutputStream out) {
        Optional<DepartmentId> department = Optional.ofNullable(departmentId).map(DepartmentId::new);
        files.write(out, format, ItemRows.COLUMNS.exportHeader(), sink -> {
            Optional<InspectionItemId> after = Optional.empty();
            List<InspectionItem> page;
            do {
                page = items.page(new ItemListQuery(department, false, false, after, PAGE));
                page.forEach(i -> sink.accept(ItemRows.cells(i)));
                after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
            } while (page.size() == PAGE);
        });
    }

    @Override
    public void writeImportErrors(String jobId, OutputStream out) {
        imports.get(jobId);
        files.write(out, FileFormat.CSV, List.of("行号(line)", "字段(field)", "错误代码(code)", "说明(message)"),
                sink -> imports.errors(jobId, e -> sink.accept(List.of(String.valueOf(e.line()), e.field(), e.code(),
                        e.message()))));
    }
}
