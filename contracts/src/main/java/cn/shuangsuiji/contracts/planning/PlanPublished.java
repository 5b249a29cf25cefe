package cn.shuangsuiji.contracts.planning;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * 抽查计划已公示 — an approved plan version was published (公示, rules.md §2, §6); it is now in force and the
 * earlier published version, if any, is superseded. Its content is the {@link PlanApproved} of the same version.
 *
 * @param planId                     the plan's id
 * @param planVersion                the published version
 * @param kind                       ANNUAL, JOINT or TEMPORARY_JOINT
 * @param year                       the plan year
 * @param title                      the plan's title
 * @param initiatingDepartmentId     the initiating department
 * @param participatingDepartmentIds the participating departments
 * @param publishedBy                the user who published it
 */
@EventType(name = "ssj.planning.PlanPublished", version = 1, topic = Topics.PLANNING_PLANS)
public record PlanPublished(UUID eventId, Instant occurredAt, String planId, int planVersion, String kind, int year,
                            String title, String initiatingDepartmentId, List<String> participatingDepartmentIds,
                            String publishedBy) implements IntegrationEvent {

    public PlanPublished {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(planId, "planId");
        participatingDepartmentIds = participatingDepartmentIds == null ? List.of()
                : List.copyOf(participatingDepartmentIds);
    }

    @Override
    public String aggregateId() {
        return planId;
    }
}
