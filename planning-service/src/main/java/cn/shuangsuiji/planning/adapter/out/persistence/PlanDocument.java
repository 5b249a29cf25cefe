package cn.shuangsuiji.planning.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** MongoDB form of one plan version; {@code _id} is {@code planId:version}. */
@Document("plans")
@CompoundIndex(name = "plan_version", def = "{'planId': 1, 'version': 1}", unique = true)
@CompoundIndex(name = "latest_by_plan", def = "{'latest': 1, 'planId': 1}")
@CompoundIndex(name = "year_plan", def = "{'year': 1, 'planId': 1}")
record PlanDocument(@Id String id, String planId, int version, String kind, int year, String title,
                    String initiatingDepartmentId, List<String> participatingDepartmentIds,
                    List<String> departmentIds, List<Task> tasks, String status, String policyId,
                    Integer policyVersion, List<Step> history, String amendmentReason, Instant firstSubmittedAt,
                    Instant firstPublishedAt, boolean latest, @Version Long revision,
                    String policyTightenedById, Integer policyTightenedByVersion) {

    record Task(String taskId, String name, List<Item> items, Scope scope, List<Size> sampleSizes,
                LocalDate windowStart, LocalDate windowEnd, int frequency, String level,
                List<String> dispatchedTo, Integer estimatedPopulation, List<String> inspectorTags) {
    }

    record Item(String itemId, int version, String departmentId) {
    }

    record Scope(List<String> objectTypes, List<String> regionCodes, List<String> industries, List<String> tags,
                 List<String> creditClasses, List<String> includeEntityIds, List<String> excludeEntityIds) {
    }

    record Size(String creditClass, String ratio, Integer count) {
    }

    record Step(String action, String status, String userId, String departmentId, Instant at, String note) {
    }
}
