package cn.shuangsuiji.draw.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The newest published and withdrawn version of one inspection item (抽查事项). */
@Document("draw_items")
record ItemStateDocument(@Id String id, int publishedVersion, int withdrawnVersion, String withdrawReason,
                         String expertise) {
}
