package cn.shuangsuiji.draw.adapter.out.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A department's part of an inspection record as a repeat-check fact (已检查记录): key inspectionId/departmentId,
 * the latest version only. {@code checkDate} is ISO yyyy-MM-dd, {@code year} its year.
 */
@Document("draw_checks")
@CompoundIndex(name = "by_year_item", def = "{'year': 1, 'itemIds': 1}")
record CheckRecordDocument(@Id String id, String inspectionId, String departmentId, String entityId,
                           List<String> itemIds, String checkDate, int year, int version) {
}
