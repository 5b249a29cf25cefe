package cn.shuangsuiji.registry.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import cn.shuangsuiji.registry.domain.credit.CreditProfile;

/** Stores the entities' credit profiles (risk facts from inspection results and follow-up). */
public interface CreditProfileRepository {

    Optional<CreditProfile> find(String entityId);

    /** The stored profiles of these entities (those with none left out), by entity id, in one query. */
    Map<String, CreditProfile> find(Collection<String> entityIds);

    /** Inserts (expected version 0) or replaces the profile if its stored version is {@code expectedVersion}. */
    boolean save(CreditProfile profile, long expectedVersion);

    /**
     * Every profile by entity id. Profiles exist only for entities with at least one fact, a small share of the
     * registry; a snapshot loads them once before it streams the entities.
     */
    Map<String, CreditProfile> all();
}
