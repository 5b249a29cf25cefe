package cn.shuangsuiji.inspection.domain.record;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * 检查记录标识 — id of a joint inspection record (一企一表). Derived from the draw and the target, so applying the
 * same draw event twice can never make two records.
 */
public record InspectionId(String value) {

    public InspectionId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.length() > 80) {
            throw new IllegalArgumentException("inspection id must be 1..80 characters");
        }
    }

    /** The record id of a target drawn in a draw. */
    public static InspectionId of(String drawId, String entityId) {
        return new InspectionId("ins-" + UUID.nameUUIDFromBytes((drawId + "|" + entityId)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value;
    }
}
