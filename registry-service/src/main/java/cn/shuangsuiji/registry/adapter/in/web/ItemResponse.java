package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.item.WorkingGuideline;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An inspection item as the API shows it, with every version.
 *
 * @param publishedVersion the version in force, or null
 * @param latestVersion    the newest version (may be a draft)
 * @param revision         optimistic-concurrency revision, also the ETag
 */
public record ItemResponse(String id, String departmentId, Integer publishedVersion, int latestVersion,
                           List<Version> versions, List<Claim> claims, long revision) {

    /** One version. */
    public record Version(int number, String status, String statusName, String checkProject, List<SubItem> subItems,
                          String content, String legalBasis, String method, String methodName, String objectType,
                          String objectTypeName, String category, String categoryName, BigDecimal defaultRatio,
                          int defaultFrequency, Instant createdAt, Instant publishedAt, Instant endedAt,
                          String withdrawalReason, WorkingGuideline guideline, String inspectorRequirements,
                          String remarks, String expertise) {
    }

    /** A sub-item with its allowed results. */
    public record SubItem(String name, List<String> allowedResults) {
    }

    /** A claim by a lower-level department. */
    public record Claim(String departmentId, int version, Instant claimedAt) {
    }
}
