package cn.shuangsuiji.disclosure.application.port.out;

import cn.shuangsuiji.disclosure.domain.PublicEntity;
import java.util.List;
import java.util.Optional;

/** Stores the registry's public entity facts. */
public interface EntityDirectory {

    Optional<PublicEntity> find(String entityId);

    void save(PublicEntity entity);

    /** Listable entities by exact credit code and/or name (prefix, or contains), after the given entity id. */
    List<PublicEntity> search(String uscc, String name, boolean contains, String afterId, int limit);
}
