package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.registry.application.port.in.InspectorQuery;
import cn.shuangsuiji.registry.domain.inspector.Inspector;
import cn.shuangsuiji.registry.domain.inspector.InspectorId;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Stores inspectors. */
public interface InspectorRepository {

    Optional<Inspector> find(InspectorId id);

    Map<InspectorId, Inspector> findAll(Collection<InspectorId> ids);

    void insert(Inspector inspector);

    boolean update(Inspector inspector, long expectedVersion);

    void bulkWrite(List<Inspector> inserts, List<Inspector> replacements);

    List<Inspector> page(InspectorQuery query);

    /** Inspectors of the scope's departments (and regions), sorted by id. */
    void forEachInScope(SnapshotScope scope, Consumer<Inspector> sink);
}
