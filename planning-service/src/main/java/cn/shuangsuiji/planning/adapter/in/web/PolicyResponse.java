package cn.shuangsuiji.planning.adapter.in.web;

import java.time.Instant;

/** A policy version as the API shows it. */
public record PolicyResponse(String id, int version, String scope, String ownerId, String parentPolicyId,
                             Integer parentPolicyVersion, String name, PolicyBody parameters, String reason,
                             String createdBy, Instant createdAt) {
}
