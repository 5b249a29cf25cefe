package cn.shuangsuiji.registry.adapter.out.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** MongoDB form of a department. */
@Document("departments")
record DepartmentDocument(@Id String id, String name, String type, String level, String regionCode,
                          @Indexed
                          String parentId, Instant registeredAt, @Version Long version) {
}
