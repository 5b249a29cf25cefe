package cn.shuangsuiji.disclosure.application.port.out;

import cn.shuangsuiji.disclosure.domain.PublicEntity;
import java.util.List;
import java.util.Optional;

/** Stores the registry's public entity facts. */
public interface EntityDirectory {

    Optional<PublicEntity> find(String entityId);

    /** Saves the public facts with the internal credit-risk class (only ever counted, never shown). */
    void save(PublicEntity entity, String creditClass);

    /** Entities per credit-risk class and region: class → region → count. */
    java.util.Map<String, java.util.Map<String, Long>> population();

    /** The regions of the given entities. */
    java.util.Map<String, String> regions(java.util.Collection<String> entityIds);

    /** Listable entities by exact credit code and/or name (prefix, or contains), after the given entity id. */
    List<PublicEntity> search(String uscc, String name, boolean contains, String afterId, int limit);
}
