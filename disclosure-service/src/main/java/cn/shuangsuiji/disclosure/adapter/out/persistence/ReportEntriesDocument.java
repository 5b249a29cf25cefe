package cn.shuangsuiji.disclosure.adapter.out.persistence;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Items 1–3 of a department's monthly report; id {@code departmentId:yyyy-MM}. */
@Document("report_entries")
record ReportEntriesDocument(@Id String id, String departmentId, String month, List<String> meetings,
                             List<String> documents, List<String> trainings) {
}
