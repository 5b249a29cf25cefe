package cn.shuangsuiji.registry.adapter.in.scheduling;

import cn.shuangsuiji.platform.jobs.LeaseRecoveryScan;
import cn.shuangsuiji.registry.application.port.in.RecoverInterruptedImports;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Looks for import jobs of dead processes at start-up and then every half lease ({@code ssj.registry.import.lease},
 * 30 s by default): a job killed with its process is ended {@code INTERRUPTED} at most about 1.5 leases after the
 * kill, by this instance once it runs again or by any other instance. Disabled with
 * {@code ssj.registry.import.recovery-enabled=false} (tests that drive the recovery themselves).
 */
@Component
class ImportRecoveryScheduler extends LeaseRecoveryScan {

    ImportRecoveryScheduler(RecoverInterruptedImports recovery, Clock clock,
            @Value("${ssj.registry.import.lease:30s}") Duration lease,
            @Value("${ssj.registry.import.recovery-enabled:true}") boolean enabled) {
        super("registry-import-recovery", recovery::recoverExpired, clock, lease, enabled);
    }
}
