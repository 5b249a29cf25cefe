package cn.shuangsuiji.draw.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A registered department (部门): its level, the department above it and its region code (null in older rows). */
@Document("draw_departments")
record DepartmentDocument(@Id String id, String level, String parentId, String regionCode) {
}
