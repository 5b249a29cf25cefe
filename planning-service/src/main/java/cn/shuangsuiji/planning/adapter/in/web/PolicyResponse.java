package cn.shuangsuiji.planning.adapter.in.web;

import java.time.Instant;
import java.util.List;

/**
 * A policy version as the API shows it. For {@code /effective}, {@code parameters} are those that apply and, when
 * the jurisdiction's current policy is stricter than the department's in some parameters, {@code effectiveId}
 * ({@code <department>+<jurisdiction>}), {@code tightenedByPolicyId}/{@code tightenedByPolicyVersion} and
 * {@code tightenedParameters} say which jurisdiction version supplied which values; otherwise those are null or
 * empty and {@code effectiveId} is {@code id}.
 */
public record PolicyResponse(String id, int version, String scope, String ownerId, String parentPolicyId,
                             Integer parentPolicyVersion, String name, PolicyBody parameters, String reason,
                             String createdBy, Instant createdAt, String effectiveId, String tightenedByPolicyId,
                             Integer tightenedByPolicyVersion, List<String> tightenedParameters) {
}
