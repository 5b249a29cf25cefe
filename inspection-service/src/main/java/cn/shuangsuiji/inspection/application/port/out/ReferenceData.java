package cn.shuangsuiji.inspection.application.port.out;

import cn.shuangsuiji.inspection.domain.record.ItemDefinition;
import cn.shuangsuiji.inspection.domain.reference.EntityFacts;
import cn.shuangsuiji.inspection.domain.reference.PlanFacts;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** 参考数据 — what the service keeps of other services' events: plans, item versions, entities, departments. */
public interface ReferenceData {

    Optional<PlanFacts> plan(String planId);

    /** Keeps the plan unless a newer version is kept already. */
    void savePlan(PlanFacts plan);

    Optional<ItemDefinition> item(String itemId, int version);

    void saveItem(ItemDefinition item);

    /** The entity's public facts, once the registry's event about it has arrived. */
    Optional<EntityFacts> entity(String entityId);

    void saveEntity(EntityFacts entity);

    /** The public facts of those of the given entities whose registry event has arrived, by id (one query). */
    default Map<String, EntityFacts> entities(Collection<String> entityIds) {
        Map<String, EntityFacts> known = new HashMap<>();
        for (String id : entityIds) {
            entity(id).ifPresent(e -> known.put(id, e));
        }
        return known;
    }

    /** Of the given entities, those whose facts have arrived (one query for a whole bulk import). */
    Set<String> knownEntities(Collection<String> entityIds);

    /**
     * Keeps the facts of many entities at once (a bulk import), each like {@link #saveEntity}: every entity's
     * document is written, so a concurrent {@link #expectEntity} of any of them conflicts as with a single one.
     */
    void saveEntities(List<EntityFacts> entities);

    /**
     * Notes, inside the caller's transaction, that something waits for the entity's facts (a result withheld
     * because they have not arrived). It writes the entity's document, so a concurrent {@link #saveEntity}
     * conflicts with the caller's transaction and one of the two is retried: the arrival can never miss a record or
     * a withheld event that was being written at the same moment.
     */
    void expectEntity(String entityId);

    /** The region (joint office jurisdiction) of a department, if known. */
    Optional<String> regionOf(String departmentId);

    void saveDepartment(String departmentId, String regionCode);
}
