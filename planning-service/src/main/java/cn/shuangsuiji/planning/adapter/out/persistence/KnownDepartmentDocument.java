package cn.shuangsuiji.planning.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of a registry department. */
@Document("known_departments")
record KnownDepartmentDocument(@Id String id, String name, String type, String level, String regionCode,
                               String parentId) {
}
