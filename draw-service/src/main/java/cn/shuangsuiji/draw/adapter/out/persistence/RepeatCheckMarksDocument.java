package cn.shuangsuiji.draw.adapter.out.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The repeat-check marks of a committed draw (重复检查标记): policy, excluded count, flagged candidates. */
@Document("draw_repeat_checks")
record RepeatCheckMarksDocument(@Id String drawId, String policy, int excluded, List<String> flagged) {
}
