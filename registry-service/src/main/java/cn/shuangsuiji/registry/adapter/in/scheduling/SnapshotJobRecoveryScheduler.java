package cn.shuangsuiji.registry.adapter.in.scheduling;

import cn.shuangsuiji.platform.jobs.LeaseRecoveryScan;
import cn.shuangsuiji.registry.application.port.in.RecoverInterruptedSnapshotJobs;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Looks for snapshot confirmation jobs of dead processes at start-up and then every half lease
 * ({@code ssj.registry.snapshot.lease}, 30 s by default): a job killed with its process is ended {@code INTERRUPTED}
 * (its content chunks deleted) at most about 1.5 leases after the kill, by this instance once it runs again or by any
 * other instance. Disabled with {@code ssj.registry.snapshot.recovery-enabled=false}.
 */
@Component
class SnapshotJobRecoveryScheduler extends LeaseRecoveryScan {

    SnapshotJobRecoveryScheduler(RecoverInterruptedSnapshotJobs recovery, Clock clock,
            @Value("${ssj.registry.snapshot.lease:30s}") Duration lease,
            @Value("${ssj.registry.snapshot.recovery-enabled:true}") boolean enabled) {
        super("registry-snapshot-recovery", recovery::recoverExpired, clock, lease, enabled);
    }
}
