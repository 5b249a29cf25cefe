package cn.shuangsuiji.inspection.domain.record;

import java.time.Instant;
import java.util.Objects;

/**
 * 检查材料 — an attachment kept with the record (S1 27): the record keeps its hash, so the evidence is
 * tamper-evident.
 *
 * @param attachmentId id, also the stored file's id
 * @param fileName     the name given by the uploader
 * @param mimeType     type sniffed from the bytes
 * @param size         bytes
 * @param sha256       hex SHA-256 of the content
 * @param capturedAt   when it was captured, as the uploader says; may be null
 * @param latitude     optional GPS latitude
 * @param longitude    optional GPS longitude
 * @param departmentId uploader's department
 * @param uploadedBy   uploader
 * @param uploadedAt   upload time
 */
public record AttachmentRef(String attachmentId, String fileName, String mimeType, long size, String sha256,
                            Instant capturedAt, Double latitude, Double longitude, String departmentId,
                            String uploadedBy, Instant uploadedAt) {

    public AttachmentRef {
        Objects.requireNonNull(attachmentId, "attachmentId");
        Objects.requireNonNull(sha256, "sha256");
    }
}
