package cn.shuangsuiji.draw.adapter.in.scheduling;

import cn.shuangsuiji.draw.application.port.in.RecoverInterruptedDrawJobsUseCase;
import cn.shuangsuiji.platform.jobs.LeaseRecoveryScan;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Looks for draw jobs of dead processes at start-up and then every half lease ({@code ssj.draw.jobs.lease}, 30 s):
 * a job killed with its process is ended at most about 1.5 leases after the kill. Disabled with
 * {@code ssj.draw.jobs.recovery-enabled=false} (tests that drive the recovery themselves).
 */
@Component
class DrawJobRecoveryScheduler extends LeaseRecoveryScan {

    DrawJobRecoveryScheduler(RecoverInterruptedDrawJobsUseCase recovery, Clock clock,
            @Value("${ssj.draw.jobs.lease:30s}") Duration lease,
            @Value("${ssj.draw.jobs.recovery-enabled:true}") boolean enabled) {
        super("draw-job-recovery", recovery::recoverExpired, clock, lease, enabled);
    }
}
