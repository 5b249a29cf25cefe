package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.application.port.out.AttachmentStore;
import cn.shuangsuiji.inspection.application.port.out.IdempotencyKeys.StoredResponse;
import cn.shuangsuiji.inspection.domain.attachment.MimeSniffer;
import cn.shuangsuiji.inspection.domain.record.AttachmentRef;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionProblems;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * 上传检查材料 — streams a photo, recording, video or document into the attachment store (never whole in memory),
 * with its type sniffed from the bytes, its size limited and its SHA-256 kept on the record (S1 27). Applied once
 * per Idempotency-Key; when the record cannot take it, the stored content is removed again (nothing half-written).
 */
@Service
public class UploadAttachment {

    private final AttachmentStore store;
    private final RecordChanges changes;
    private final IdempotentWrites idempotency;
    private final AttachmentLimits limits;

    UploadAttachment(AttachmentStore store, RecordChanges changes, IdempotentWrites idempotency,
                     AttachmentLimits limits) {
        this.store = store;
        this.changes = changes;
        this.idempotency = idempotency;
        this.limits = limits;
    }

    /**
     * What the uploader says about the file.
     *
     * @param fileName   its name
     * @param capturedAt when it was captured, may be null
     * @param latitude   GPS, may be null
     * @param longitude  GPS, may be null
     */
    public record Description(String fileName, Instant capturedAt, Double latitude, Double longitude) {

        public Description {
            fileName = fileName == null || fileName.isBlank() ? "attachment" : fileName.strip();
            if (fileName.length() > 200) {
                throw InspectionProblems.invalid("FILE_NAME_TOO_LONG", "name", "文件名不能超过 200 个字符");
            }
            if (latitude != null && (latitude < -90 || latitude > 90)
                    || longitude != null && (longitude < -180 || longitude > 180)) {
                throw InspectionProblems.invalid("GPS_INVALID", "latitude", "经纬度超出范围");
            }
        }
    }

    public IdempotentWrites.Outcome execute(InspectionId id, InputStream content, Description description,
                                            Actor actor, String idempotencyKey,
                                            Function<AttachmentRef, StoredResponse> answer) throws IOException {
        actor.require(Role.INSPECTOR, Role.DEPARTMENT_HEAD);
        InspectionRecord before = changes.load(id, null);
        if (actor.departmentId() == null || before.partOf(actor.departmentId()).isEmpty()) {
            throw InspectionProblems.forbidden("NOT_A_PARTICIPANT", "本部门不参与此检查记录");
        }
        BufferedInputStream in = new BufferedInputStream(content, 64 * 1024);
        in.mark(MimeSniffer.HEAD);
        byte[] head = in.readNBytes(MimeSniffer.HEAD);
        in.reset();
        String mime = MimeSniffer.sniff(head, head.length);
        if (head.length == 0) {
            throw InspectionProblems.invalid("ATTACHMENT_EMPTY", "body", "上传内容为空");
        }
        if (!limits.allowedTypes().contains(mime)) {
            throw new DomainProblem(ProblemKind.INVALID, "ATTACHMENT_TYPE_REFUSED", "不允许的文件类型",
                    "按文件内容识别为 " + mime + "，不在允许的类型之内：" + String.join("、", limits.allowedTypes()));
        }
        AttachmentStore.Stored stored;
        try {
            stored = store.store(in, description.fileName(), mime, limits.maxBytes());
        } catch (AttachmentStore.TooLarge e) {
            throw new DomainProblem(ProblemKind.INVALID, "ATTACHMENT_TOO_LARGE", "文件过大",
                    "单个材料不能超过 " + limits.maxBytes() + " 字节");
        }
        String requestHash = sha256("POST /api/inspections/" + id.value() + "/attachments\n"
                + description + "\n" + stored.sha256());
        boolean kept = false;
        try {
            IdempotentWrites.Outcome outcome = idempotency.run(actor.subject(), idempotencyKey, requestHash, () -> {
                InspectionRecord record = changes.load(id, null);
                AttachmentRef ref = new AttachmentRef(stored.fileId(), description.fileName(), mime, stored.size(),
                        stored.sha256(), description.capturedAt(), description.latitude(), description.longitude(),
                        actor.departmentId(), actor.subject(), changes.now());
                record.attach(ref, RecordChanges.who(actor), changes.now());
                changes.save(record, List.of(), actor, "inspection.attach", actor.departmentId(), null);
                return answer.apply(ref);
            });
            kept = !outcome.replayed();
            return outcome;
        } finally {
            if (!kept) {
                store.delete(stored.fileId());
            }
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
