package cn.shuangsuiji.inspection.adapter.out.persistence;

import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.reference.PlanFacts;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The read models of other services' events. */
final class ReferenceDocuments {

    private ReferenceDocuments() {
    }

    /** An approved plan, newest version kept. */
    @Document("ref_plans")
    record PlanDocument(@Id String id, int planVersion, PlanFacts plan) {
    }

    /** A published item version, id {@code itemId:version}. */
    @Document("ref_items")
    record ItemDocument(@Id String id, ItemDefinition item) {
    }

    /** An entity's public name and code. */
    @Document("ref_entities")
    record EntityDocument(@Id String id, String name, String uscc) {
    }

    /** A department's region. */
    @Document("ref_departments")
    record DepartmentDocument(@Id String id, String regionCode) {
    }

    /** A stored answer to an idempotent write, id {@code subject␀key}. */
    @Document("idempotency_keys")
    record IdempotencyDocument(@Id String id, String requestHash, int status, String body, String etag,
                               java.time.Instant storedAt) {
    }
}
