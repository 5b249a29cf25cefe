package cn.shuangsuiji.disclosure.adapter.out.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A result announcement: query fields beside the announcement as JSON; compound indexes serve keyset pages. */
@Document("public_results")
@CompoundIndex(name = "uscc_id", def = "{'uscc': 1, '_id': 1}")
@CompoundIndex(name = "department_id", def = "{'departmentId': 1, '_id': 1}")
@CompoundIndex(name = "plan_id", def = "{'planId': 1, '_id': 1}")
record ResultDocument(@Id String id, String uscc, @Indexed String entityName, String departmentId,
                      String planId, String checkDate, String json) {
}
