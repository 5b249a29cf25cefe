package cn.shuangsuiji.registry.application.port.in;

import cn.shuangsuiji.registry.domain.snapshot.SnapshotJob;
import java.time.Instant;
import java.util.List;

/**
 * 恢复中断的快照确认 — ends the snapshot confirmation jobs whose process died: a queued or running job whose lease
 * (租约) ran out before {@code now} becomes {@code INTERRUPTED} and the content chunks it may have written are
 * deleted. No snapshot and no {@code RegistrySnapshotConfirmed} exist for it (they are stored only together with the
 * job's completion).
 */
public interface RecoverInterruptedSnapshotJobs {

    /** The jobs this call ended. */
    List<SnapshotJob> recoverExpired(Instant now);
}
