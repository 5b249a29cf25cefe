package cn.shuangsuiji.inspection.application.port.out;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * 待发布事件 — public events of a record whose entity's public identity (name, USCC) has not arrived from the
 * registry yet. They are kept, in order, inside the change's transaction and published once the identity is known,
 * so no result is ever announced without the entity it is about.
 */
public interface WithheldEvents {

    /** Keeps the event of the entity's record until its identity is known. */
    void withhold(String entityId, IntegrationEvent event);

    /** The kept events of the entity in the order they were kept, removed from the store. */
    List<IntegrationEvent> release(String entityId);

    /** Of the given entities, those with events kept (one query for a whole bulk import). */
    Set<String> withheldFor(Collection<String> entityIds);
}
