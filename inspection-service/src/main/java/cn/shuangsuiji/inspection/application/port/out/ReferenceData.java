package cn.shuangsuiji.inspection.application.port.out;

import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.reference.EntityFacts;
import cn.shuangsuiji.inspection.domain.reference.PlanFacts;
import java.util.Optional;

/** 参考数据 — what the service keeps of other services' events: plans, item versions, entities, departments. */
public interface ReferenceData {

    Optional<PlanFacts> plan(String planId);

    /** Keeps the plan unless a newer version is kept already. */
    void savePlan(PlanFacts plan);

    Optional<ItemDefinition> item(String itemId, int version);

    void saveItem(ItemDefinition item);

    Optional<EntityFacts> entity(String entityId);

    void saveEntity(EntityFacts entity);

    /** The region (joint office jurisdiction) of a department, if known. */
    Optional<String> regionOf(String departmentId);

    void saveDepartment(String departmentId, String regionCode);
}
