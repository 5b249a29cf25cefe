package cn.shuangsuiji.draw.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A registered department (部门): its level and the department above it. */
@Document("draw_departments")
record DepartmentDocument(@Id String id, String level, String parentId) {
}
