package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.entity.RegulatedEntity;
import cn.shuangsuiji.registry.domain.history.HistoryEntry;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import java.time.Instant;
import java.util.List;

/** Keeps the change history of entities and inspectors; entries are only ever appended. */
public interface HistoryRepository {

    /** One change: the record before (null for a creation) and after. */
    record Change<T>(T before, T after, String action, Actor actor, Instant at, String source) {
    }

    void appendEntityChanges(List<Change<RegulatedEntity>> changes);

    void appendInspectorChanges(List<Change<Inspector>> changes);

    /**
     * A change of what a draw uses of an entity (its effective credit class and abnormal-list flag) caused by an
     * event (credit feedback): {@code source} names the event ({@code event:<type>:<id>}).
     */
    void appendCreditChange(String entityId, long entityVersion, java.util.Map<String, Object> before,
                            java.util.Map<String, Object> after, Actor actor, Instant at, String source);

    /** Entries of one record, oldest first. */
    List<HistoryEntry> of(String recordKind, String recordId);
}
