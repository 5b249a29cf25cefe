package cn.shuangsuiji.disclosure.adapter.out.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;
import org.springframework.data.mongodb.core.mapping.FieldType;

/** Id is {@code itemId:version} zero-padded, so keyset paging by id follows item and version order. */
@Document("public_items")
record PublicItemDocument(@Id String id, @Indexed String itemId, int version, @Indexed String departmentId,
                          String checkProject, List<String> subItems, String legalBasis, String method,
                          String objectType, String category, @Field(targetType = FieldType.DECIMAL128) BigDecimal ratio,
                          int frequency, boolean withdrawn, Instant publishedAt, String inspectorRequirements,
                          String remarks) {

    static String key(String itemId, int version) {
        return itemId + ":" + String.format("%06d", version);
    }
}
