package cn.shuangsuiji.registry.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** MongoDB form of an expert; relations and phone are stored in clear and masked on the way out. */
@Document("experts")
record ExpertDocument(@Id String id, String name, String organisation, @Indexed String departmentId,
                      @Indexed List<String> specialties, @Indexed List<String> tags, String phone,
                      List<RelationDoc> relations, Instant registeredAt, @Version Long version) {

    record RelationDoc(String kind, String personName, String idNumber, String organisationName, String uscc,
                       String note) {
    }
}
