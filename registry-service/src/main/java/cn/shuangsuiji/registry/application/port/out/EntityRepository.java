package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.registry.application.port.in.EntityQuery;
import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.snapshot.EntitySnapshotRow;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Stores entities. */
public interface EntityRepository {

    Optional<RegulatedEntity> find(EntityId id);

    /** Ids of entities whose legal representative or a holder bears exactly this name (回避 by name), at most
     * {@code limit}, sorted. */
    List<String> idsWithPartyNamed(String name, int limit);

    /** The entity that had this id before natural persons' ids became keyed pseudonyms (private alias). */
    Optional<RegulatedEntity> findByFormerId(EntityId formerId);

    Map<EntityId, RegulatedEntity> findAll(Collection<EntityId> ids);

    void insert(RegulatedEntity entity);

    /** Replaces the entity if the stored version is {@code expectedVersion}; false if not. */
    boolean update(RegulatedEntity entity, long expectedVersion);

    /**
     * Unordered bulk insert of new and replacement of changed entities (bulk import). New records carry who
     * created them and from where ({@code import:<jobId>}); that is their creation history entry.
     */
    void bulkWrite(List<RegulatedEntity> inserts, List<RegulatedEntity> replacements, String actor, String source);

    /**
     * Unordered bulk insert of entities that are probably new (bulk import); returns the ids that were already
     * stored and so were not inserted. New records carry who created them and from where.
     */
    Set<EntityId> insertNew(List<RegulatedEntity> entities, String actor, String source);

    /** How many stored records were created by {@link #insertNew} with this source (an import job's records). */
    long countCreatedBy(String source);

    List<RegulatedEntity> page(EntityQuery query);

    void forEach(EntityQuery query, Consumer<RegulatedEntity> sink);

    /** Drawable entities of the scope, sorted by id, as snapshot rows. */
    void forEachSnapshotRow(SnapshotScope scope, Consumer<EntitySnapshotRow> sink);
}
