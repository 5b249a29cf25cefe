package cn.shuangsuiji.disclosure.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** The public facts of an entity, and its credit-risk class (internal: counted for statistics, never shown). */
@Document("public_entities")
record PublicEntityDocument(@Id String id, @Indexed String name, @Indexed String uscc, String regionCode,
                            String objectType, String status, boolean listable, String creditClass) {
}
