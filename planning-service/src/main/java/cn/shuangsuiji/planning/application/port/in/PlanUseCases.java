package cn.shuangsuiji.planning.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.Plan;
import cn.shuangsuiji.planning.domain.plan.PlanId;
import java.util.List;

/**
 * 抽查计划 — annual and joint plans and their workflow (rules.md §2, §3). Every operation takes the authenticated
 * caller: it is checked against the rights table (README) and recorded in the plan's history and the audit trail.
 */
public interface PlanUseCases {

    Plan create(CreatePlanCommand command, Actor caller);

    /** Replaces a draft's title, participants and tasks. */
    Plan revise(PlanId id, PlanDraft draft, Actor actor);

    Plan submit(PlanId id, Actor actor);

    Plan returnToDraft(PlanId id, Actor actor, String reason);

    /** Approves under the initiating department's effective policy; publishes {@code PlanApproved}. */
    Plan approve(PlanId id, Actor actor);

    /** Publishes (公示); supersedes the previously published version; publishes {@code PlanPublished}. */
    Plan publish(PlanId id, Actor actor);

    /** Opens a new version of a published plan; publishes {@code PlanAmended}. */
    Plan amend(PlanId id, Actor actor, String reason);

    /** Withdraws every active version; publishes {@code PlanWithdrawn}. */
    Plan withdraw(PlanId id, Actor actor, String reason);

    /** The newest version, or a 404 problem. */
    Plan get(PlanId id, Actor caller);

    Plan getVersion(PlanId id, int version, Actor caller);

    List<Plan> versions(PlanId id, Actor caller);

    boolean exists(PlanId id);

    /**
     * Newest versions, keyset-paged by plan id; without a department, the caller's own department (platform admins
     * and services see every department).
     */
    List<Plan> list(Integer year, DepartmentId department, String after, int limit, Actor caller);

    /** Plans late in filing or publication, and departments without an annual plan past the filing date [S1 7]. */
    List<PlanOverdue> overdue(int year, Actor caller);

    /** Departments that have not yet met their joint-inspection duty for the year [S1 9]. */
    List<JointObligationStatus> obligations(int year, boolean includeMet, Actor caller);
}
