package cn.shuangsuiji.disclosure.adapter.out.persistence;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document("public_departments")
record PublicDepartmentDocument(@Id String id, String name, String type, String level, String regionCode,
                                String parentId, long revision, Instant updatedAt) {
}
