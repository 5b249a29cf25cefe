package cn.shuangsuiji.planning.application.port.out;

import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.Plan;
import cn.shuangsuiji.planning.domain.plan.PlanId;
import java.util.List;
import java.util.Optional;

/** Stores plan versions. */
public interface PlanRepository {

    /** The newest version of a plan. */
    Optional<Plan> latest(PlanId id);

    Optional<Plan> version(PlanId id, int version);

    /** Every version, oldest first. */
    List<Plan> versions(PlanId id);

    boolean exists(PlanId id);

    /** Inserts a new version. */
    void insert(Plan plan);

    /** Updates a stored version, failing on a concurrent change. */
    void update(Plan plan);

    /** Newest versions, ordered by plan id, after the given id (keyset paging), optionally filtered. */
    List<Plan> findLatest(Integer year, DepartmentId department, String afterId, int limit);

    /** Newest versions of every plan of a year. */
    List<Plan> findLatestOfYear(int year);

    /** Every version of every plan of a year (for obligations: a superseded version still counts). */
    List<Plan> findAllOfYear(int year);
}
