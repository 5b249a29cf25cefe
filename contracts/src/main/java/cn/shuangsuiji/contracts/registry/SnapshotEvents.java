package cn.shuangsuiji.contracts.registry;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/** Event types of registry confirmations and snapshots (两库更新确认). */
public final class SnapshotEvents {

    public static final List<Class<? extends IntegrationEvent>> TYPES = List.of(
            RegistrySnapshotConfirmed.class);

    private SnapshotEvents() {
    }
}
