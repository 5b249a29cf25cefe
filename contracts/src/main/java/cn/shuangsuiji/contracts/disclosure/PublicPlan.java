package cn.shuangsuiji.contracts.disclosure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * 抽查计划公告 — a published plan as the public sees it (S0 7; S1 6, 7; rules.md §6): 计划编号和名称, kind, the
 * initiating and participating departments, 检查内容 (the tasks' items), 计划开展时间 (period), 抽查比例, 抽查频次,
 * 抽查数量, approval and publication dates, amendments with their reasons and a withdrawal. Only published versions
 * are public; approvers' names, entity include/exclude lists and classification tags are never published.
 *
 * @param planId                     plan number (计划编号)
 * @param version                    the version in force
 * @param title                      plan name (计划名称)
 * @param kind                       ANNUAL (年度), JOINT (联合) or TEMPORARY_JOINT (临时性联合)
 * @param year                       plan year
 * @param initiatingDepartmentId     the initiating (发起) department
 * @param participatingDepartmentIds the participating (参与) departments
 * @param tasks                      the tasks: content, period, ratio, frequency, count
 * @param periodStart                first day of the earliest task window
 * @param periodEnd                  last day of the latest task window
 * @param approvedAt                 when the version in force was approved
 * @param publishedAt                when the version in force was published
 * @param firstPublishedAt           when the plan was first published
 * @param amendments                 published amendments, oldest first
 * @param status                     IN_FORCE or WITHDRAWN
 * @param withdrawalReason           why it was withdrawn, or null
 * @param withdrawnAt                when it was withdrawn, or null
 */
public record PublicPlan(String planId, int version, String title, String kind, int year,
                         String initiatingDepartmentId, List<String> participatingDepartmentIds, List<Task> tasks,
                         LocalDate periodStart, LocalDate periodEnd, Instant approvedAt, Instant publishedAt,
                         Instant firstPublishedAt, List<Amendment> amendments, String status,
                         String withdrawalReason, Instant withdrawnAt) {

    public static final String IN_FORCE = "IN_FORCE";
    public static final String WITHDRAWN = "WITHDRAWN";

    public PublicPlan {
        Objects.requireNonNull(planId, "planId");
        participatingDepartmentIds = participatingDepartmentIds == null ? List.of()
                : List.copyOf(participatingDepartmentIds);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        amendments = amendments == null ? List.of() : List.copyOf(amendments);
    }

    /**
     * 抽查任务（计划内容） — one task of the plan as published.
     *
     * @param taskId              task id
     * @param name                task name
     * @param items               检查内容: the item versions and the department that checks each
     * @param objectTypes         抽查对象 types
     * @param regionCodes         regions in scope
     * @param creditClasses       credit-risk classes in scope (empty = all)
     * @param sampleSizes         抽查比例 / 抽查数量, per credit class or for the whole scope
     * @param windowStart         first day of the window
     * @param windowEnd           last day of the window
     * @param frequency           抽查频次 (rounds per year)
     * @param level               PROVINCE, CITY or COUNTY
     * @param estimatedPopulation the planner's estimate of the population, or null
     */
    public record Task(String taskId, String name, List<ItemRef> items, List<String> objectTypes,
                       List<String> regionCodes, List<String> creditClasses, List<SampleSize> sampleSizes,
                       LocalDate windowStart, LocalDate windowEnd, int frequency, String level,
                       Integer estimatedPopulation) {

        public Task {
            items = items == null ? List.of() : List.copyOf(items);
            objectTypes = objectTypes == null ? List.of() : List.copyOf(objectTypes);
            regionCodes = regionCodes == null ? List.of() : List.copyOf(regionCodes);
            creditClasses = creditClasses == null ? List.of() : List.copyOf(creditClasses);
            sampleSizes = sampleSizes == null ? List.of() : List.copyOf(sampleSizes);
        }
    }

    /** An item version in a task and the department that checks it. */
    public record ItemRef(String itemId, int version, String departmentId) {
    }

    /** 抽查比例 or 抽查数量 for a credit class (null = whole scope); exactly one of ratio and count is set. */
    public record SampleSize(String creditClass, BigDecimal ratio, Integer count) {
    }

    /**
     * 计划变更 — a published amendment.
     *
     * @param version         the amended version
     * @param previousVersion the version it replaced
     * @param reason          变更理由
     * @param amendedAt       when the amendment was opened
     * @param publishedAt     when the amended version was published
     */
    public record Amendment(int version, int previousVersion, String reason, Instant amendedAt, Instant publishedAt) {
    }
}
