package cn.shuangsuiji.planning.adapter.out.persistence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface PlanMongoRepository extends MongoRepository<PlanDocument, String> {

    Optional<PlanDocument> findByPlanIdAndLatestTrue(String planId);

    List<PlanDocument> findByPlanIdOrderByVersionAsc(String planId);

    boolean existsByPlanId(String planId);

    List<PlanDocument> findByYearAndLatestTrueOrderByPlanIdAsc(int year);

    List<PlanDocument> findByYearOrderByPlanIdAscVersionAsc(int year);
}
