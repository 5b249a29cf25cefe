package cn.shuangsuiji.disclosure.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A result announcement: query fields beside the announcement as JSON. */
@Document("public_results")
record ResultDocument(@Id String id, @Indexed String uscc, @Indexed String entityName, @Indexed String departmentId,
                      @Indexed String planId, String checkDate, String json) {
}
