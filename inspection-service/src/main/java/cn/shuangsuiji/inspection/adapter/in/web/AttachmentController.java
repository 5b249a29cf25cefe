package cn.shuangsuiji.inspection.adapter.in.web;

import cn.shuangsuiji.inspection.application.port.out.AttachmentStore;
import cn.shuangsuiji.inspection.application.port.out.IdempotencyKeys.StoredResponse;
import cn.shuangsuiji.inspection.application.usecase.OpenAttachment;
import cn.shuangsuiji.inspection.application.usecase.UploadAttachment;
import cn.shuangsuiji.inspection.domain.record.AttachmentRef;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.platform.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.core.io.AbstractResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * 检查材料 — upload as the raw request body (streamed to GridFS, type sniffed from the bytes), download with HTTP
 * Range, and the record's archive (立卷归档) as a ZIP with a manifest of SHA-256 hashes.
 */
@RestController
@RequestMapping("/api/inspections/{id}")
@Tag(name = "attachments", description = "检查材料（照片、录音、录像、文书）")
class AttachmentController {

    private final UploadAttachment upload;
    private final OpenAttachment open;
    private final WriteSupport writes;

    AttachmentController(UploadAttachment upload, OpenAttachment open, WriteSupport writes) {
        this.upload = upload;
        this.open = open;
        this.writes = writes;
    }

    @Operation(summary = "上传检查材料（请求体即文件内容，如 application/octet-stream；类型按内容识别）")
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
    @PostMapping(path = "/attachments", produces = MediaType.APPLICATION_JSON_VALUE,
            consumes = "!" + MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> upload(@PathVariable String id, @RequestParam(required = false) String name,
                                  @RequestParam(required = false) Instant capturedAt,
                                  @RequestParam(required = false) Double latitude,
                                  @RequestParam(required = false) Double longitude,
                                  @RequestHeader("Idempotency-Key") String key, Actor actor,
                                  HttpServletRequest request) throws IOException {
        if (actor.isAnonymous()) {
            throw Actor.unauthenticated();
        }
        try (InputStream body = request.getInputStream()) {
            return WriteSupport.respond(upload.execute(new InspectionId(id), body,
                    new UploadAttachment.Description(name, capturedAt, latitude, longitude), actor, key,
                    (AttachmentRef ref) -> new StoredResponse(null, 201, writes.json(ref), null)));
        }
    }

    @Operation(summary = "下载检查材料（支持 Range）")
    @GetMapping("/attachments/{attachmentId}")
    ResponseEntity<Resource> download(@PathVariable String id, @PathVariable String attachmentId, Actor actor) {
        OpenAttachment.Opened opened = open.execute(new InspectionId(id), attachmentId, actor);
        AttachmentRef ref = opened.ref();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ref.mimeType()))
                .header(HttpHeaders.ACCEPT_RANGES, "bytes")
                .header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(
                        HexFormat.of().parseHex(ref.sha256())))
                .header("X-Content-SHA256", ref.sha256())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(ref.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(new StoredResource(ref.fileName(), opened.content()));
    }

    @Operation(summary = "立卷归档：记录及全部材料的 ZIP（含哈希清单 manifest.json）")
    @GetMapping(path = "/archive", produces = "application/zip")
    ResponseEntity<StreamingResponseBody> archive(@PathVariable String id, Actor actor) {
        OpenAttachment.Archive archive = open.archive(new InspectionId(id), actor);
        String recordJson = writes.json(RecordView.of(archive.record(), archive.record().version(), Map.of()));
        StreamingResponseBody body = out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                List<Map<String, Object>> files = new ArrayList<>();
                zip.putNextEntry(new ZipEntry("record.json"));
                byte[] recordBytes = recordJson.getBytes(StandardCharsets.UTF_8);
                zip.write(recordBytes);
                zip.closeEntry();
                files.add(entry("record.json", recordBytes.length, sha256(recordBytes), null, null));
                for (OpenAttachment.Opened opened : archive.attachments()) {
                    AttachmentRef ref = opened.ref();
                    String path = "attachments/" + ref.attachmentId() + "-" + ref.fileName().replace('/', '_');
                    zip.putNextEntry(new ZipEntry(path));
                    MessageDigest digest = sha();
                    long size;
                    try (InputStream in = opened.content().opener().open();
                         OutputStream target = new DigestOutputStream(new NonClosing(zip), digest)) {
                        size = in.transferTo(target);
                    }
                    zip.closeEntry();
                    String actual = HexFormat.of().formatHex(digest.digest());
                    files.add(entry(path, size, actual, ref, actual.equals(ref.sha256())));
                }
                Map<String, Object> manifest = new LinkedHashMap<>();
                manifest.put("inspectionId", archive.record().id().value());
                manifest.put("version", archive.record().version());
                manifest.put("algorithm", "SHA-256");
                manifest.put("files", files);
                zip.putNextEntry(new ZipEntry("manifest.json"));
                zip.write(writes.json(manifest).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(id + ".zip").build().toString())
                .body(body);
    }

    private static Map<String, Object> entry(String path, long size, String sha256, AttachmentRef ref,
                                             Boolean matchesRecord) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", path);
        file.put("size", size);
        file.put("sha256", sha256);
        if (ref != null) {
            file.put("attachmentId", ref.attachmentId());
            file.put("mimeType", ref.mimeType());
            file.put("recordedSha256", ref.sha256());
            file.put("matchesRecord", matchesRecord);
            file.put("capturedAt", ref.capturedAt());
            file.put("uploadedBy", ref.uploadedBy());
            file.put("uploadedAt", ref.uploadedAt());
        }
        return file;
    }

    private static MessageDigest sha() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha().digest(bytes));
    }

    /** Stored content as a Spring resource: its length is known and each read opens a new stream (Range). */
    private static final class StoredResource extends AbstractResource {

        private final String fileName;
        private final AttachmentStore.Content content;

        StoredResource(String fileName, AttachmentStore.Content content) {
            this.fileName = fileName;
            this.content = content;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return content.opener().open();
        }

        @Override
        public long contentLength() {
            return content.length();
        }

        @Override
        public String getFilename() {
            return fileName;
        }

        @Override
        public String getDescription() {
            return "attachment " + fileName;
        }

        @Override
        public boolean exists() {
            return true;
        }
    }

    /** Lets a ZIP entry be written through a stream that is closed without closing the ZIP. */
    private static final class NonClosing extends java.io.FilterOutputStream {

        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
