package cn.shuangsuiji.inspection.application.usecase;

import java.util.Set;

/**
 * 材料限制 — the largest attachment accepted and the MIME types (sniffed from the bytes) allowed; from configuration.
 */
public record AttachmentLimits(long maxBytes, Set<String> allowedTypes) {

    public AttachmentLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        allowedTypes = Set.copyOf(allowedTypes);
    }
}
