package cn.shuangsuiji.draw.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The newest registry status of one entity (检查对象状态). */
@Document("draw_entity_status")
record EntityStatusDocument(@Id String id, String status, long version) {
}
