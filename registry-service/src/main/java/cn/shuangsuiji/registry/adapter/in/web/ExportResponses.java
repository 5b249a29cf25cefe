package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.importing.FileFormat;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** 导出 — the parameters and the streamed download of a registry export. */
final class ExportResponses {

    private ExportResponses() {
    }

    /** {@code csv} or {@code xlsx}, else {@code EXPORT_FORMAT}. */
    static FileFormat format(String format) {
        FileFormat fileFormat = FileFormat.parse(format);
        if (fileFormat == null) {
            throw DomainProblem.invalid("EXPORT_FORMAT", "导出格式只能是 csv 或 xlsx",
                    List.of(new FieldProblem("format", "ENUM_VALUE", "只能是 csv 或 xlsx")));
        }
        return fileFormat;
    }

    /** The department filter as given, or {@code DEPARTMENT_ID_FORMAT} for a malformed one. */
    static String departmentId(String departmentId) {
        if (departmentId != null && !departmentId.matches("[A-Za-z0-9_-]{1,64}")) {
            throw DomainProblem.invalid("DEPARTMENT_ID_FORMAT", "部门标识格式错误：" + departmentId,
                    List.of(new FieldProblem("departmentId", "DEPARTMENT_ID_FORMAT",
                            "部门标识只能包含字母、数字、下划线和连字符（1 至 64 位）")));
        }
        return departmentId;
    }

    static ResponseEntity<StreamingResponseBody> download(String baseName, FileFormat format,
                                                          StreamingResponseBody body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + baseName + "."
                        + format.name().toLowerCase(Locale.ROOT) + "\"")
                .contentType(format == FileFormat.CSV ? new MediaType("text", "csv")
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(body);
    }
}
