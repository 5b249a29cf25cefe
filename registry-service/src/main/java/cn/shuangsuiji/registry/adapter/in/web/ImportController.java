package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.ExportUseCases;
import cn.shuangsuiji.registry.application.port.in.ImportUseCases;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import cn.shuangsuiji.registry.domain.importing.ImportJob;
import cn.shuangsuiji.registry.domain.importing.ImportKind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;

/** 批量导入 — bulk import jobs of entity, inspector and inspection item files (CSV or XLSX). */
@RestController
@RequestMapping("/api/registry/imports")
@Tag(name = "imports", description = "名录库批量导入")
class ImportController {

    private final ImportUseCases imports;
    private final ExportUseCases exports;
    private final Clock clock;

    ImportController(ImportUseCases imports, ExportUseCases exports, Clock clock) {
        this.imports = imports;
        this.exports = exports;
        this.clock = clock;
    }

    @ResponseStatus(HttpStatus.ACCEPTED)
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传文件开始导入（异步，返回 202 和任务）；kind=ENTITIES|INSPECTORS|ITEMS，"
            + "事项导入为草稿版本，publish=true 时同时公布")
    ResponseEntity<ImportJobResponse> start(@RequestParam("file") MultipartFile file,
                                            @RequestParam(defaultValue = "ENTITIES") ImportKind kind,
                                            @RequestParam(defaultValue = "false") boolean publish,
                                            Actor actor) {
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        String lower = name.toLowerCase(Locale.ROOT);
        FileFormat format = lower.endsWith(".csv") ? FileFormat.CSV : lower.endsWith(".xlsx") ? FileFormat.XLSX : null;
        if (format == null) {
            throw DomainProblem.invalid("IMPORT_FILE_TYPE", "只能导入 .csv 或 .xlsx 文件：" + name,
                    List.of(new FieldProblem("file", "IMPORT_FILE_TYPE", "只能导入 .csv 或 .xlsx 文件")));
        }
        Path stored;
        try {
            stored = Files.createTempFile("registry-import-", "." + format.name().toLowerCase(Locale.ROOT));
            file.transferTo(stored);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportJob job = imports.start(kind, name, format, stored, actor, publish);
        return ResponseEntity.accepted().location(URI.create("/api/registry/imports/" + job.id()))
                .body(ImportJobResponse.of(job, clock.instant()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "导入进度")
    ImportJobResponse get(@PathVariable String id, Actor actor) {
        return ImportJobResponse.of(imports.get(id, actor), clock.instant());
    }

    @GetMapping("/{id}/errors.csv")
    @Operation(summary = "导入错误报告（CSV：行号、字段、错误代码、说明）")
    ResponseEntity<StreamingResponseBody> errors(@PathVariable String id, Actor actor) {
        imports.get(id, actor);
        StreamingResponseBody body = out -> exports.writeImportErrors(id, out);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + "-errors.csv\"")
                .body(body);
    }
}
