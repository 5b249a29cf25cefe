package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.domain.snapshot.RegistrySnapshot;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotId;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotKind;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import java.io.InputStream;
import java.util.List;

/** 两库更新确认 — confirm registries into immutable snapshots and serve them (S1 11). */
public interface SnapshotUseCases {

    /**
     * Freezes the drawable population of the scope into a new snapshot and publishes
     * {@code RegistrySnapshotConfirmed}. For inspectors, every department must hold at least the policy minimum
     * ({@code INSPECTOR_REGISTRY_TOO_SMALL}).
     */
    RegistrySnapshot confirm(SnapshotKind kind, SnapshotScope scope, Actor actor);

    RegistrySnapshot get(SnapshotId id);

    /** Snapshots of a department (all if null) and kind (all if null), newest first, at most {@code limit}. */
    List<RegistrySnapshot> latest(String departmentId, SnapshotKind kind, int limit);

    /** The binary content; the caller closes it. */
    InputStream openContent(SnapshotId id);
}
