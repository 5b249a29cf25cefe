package cn.shuangsuiji.registry.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * MongoDB form of an inspection item with all its versions; {@code claimedBy} and {@code published} are
 * denormalised for the list queries.
 */
@Document("inspection_items")
record ItemDocument(@Id String id, @Indexed String ownerId, List<VersionDoc> versions, List<ClaimDoc> claims,
                    @Indexed List<String> claimedBy, boolean published, @Version Long version) {

    record VersionDoc(int number, ContentDoc content, String status, Instant createdAt, Instant publishedAt,
                      Instant endedAt, String withdrawalReason) {
    }

    record ContentDoc(String checkProject, List<SubItemDoc> subItems, String content, String legalBasis,
                      String method, String objectType, String category, String defaultRatio, int defaultFrequency,
                      GuidelineDoc guideline, String inspectorRequirements, String remarks,
                      String expertise) {
    }

    /** 工作指引; absent in versions written before guidelines existed. */
    record GuidelineDoc(String text, List<AttachmentDoc> attachments) {
    }

    record AttachmentDoc(String name, String uri, String sha256) {
    }

    record SubItemDoc(String name, List<String> allowedResults) {
    }

    record ClaimDoc(String departmentId, int version, Instant claimedAt) {
    }
}
