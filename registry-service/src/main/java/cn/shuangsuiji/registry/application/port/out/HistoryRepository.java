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

    /** Entries of one record, oldest first. */
    List<HistoryEntry> of(String recordKind, String recordId);
}
