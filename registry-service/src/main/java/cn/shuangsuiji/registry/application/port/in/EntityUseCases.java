package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.entity.EntityDetails;
import cn.shuangsuiji.registry.domain.entity.EntityId;
import cn.shuangsuiji.registry.domain.entity.EntityStatus;
import cn.shuangsuiji.registry.domain.entity.PersonalField;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.history.HistoryEntry;
import java.util.List;
import java.util.function.Consumer;

/** 检查对象名录库 — register, revise, deregister, query and export entities. */
public interface EntityUseCases {

    /** Registers a new entity; a USCC already registered is a conflict ({@code ENTITY_EXISTS}). */
    RegulatedEntity register(EntityDetails details, Actor actor);

    /** Replaces an entity's facts if its version is still {@code expectedVersion} (else 412). */
    RegulatedEntity revise(EntityId id, long expectedVersion, EntityDetails details, Actor actor);

    /** Marks an entity 注销/吊销 (S2 14) if its version is still {@code expectedVersion}. */
    RegulatedEntity deregister(EntityId id, long expectedVersion, EntityStatus status, String reason, Actor actor);

    /**
     * Clears one personal field (explicit and audited: an update that omits or echoes a masked field keeps it).
     */
    RegulatedEntity clearPersonal(EntityId id, long expectedVersion, PersonalField field, Actor actor);

    /** The entity, also by a former id (a natural person's id before keyed pseudonyms, kept as a private alias). */
    RegulatedEntity get(EntityId id);

    Page<RegulatedEntity> list(EntityQuery query);

    /** Streams every entity matching the filters in id order. */
    void export(EntityQuery query, Consumer<RegulatedEntity> sink);

    /** Every change of the entity, oldest first. */
    List<HistoryEntry> history(EntityId id);
}
