package cn.shuangsuiji.inspection.adapter.in.scheduling;

import cn.shuangsuiji.inspection.application.usecase.ScanOverdue;
import cn.shuangsuiji.platform.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for missed deadlines every night (and, configurable, more often). */
@Component
class OverdueScheduler {

    private static final Logger log = LoggerFactory.getLogger(OverdueScheduler.class);

    private final ScanOverdue scan;

    OverdueScheduler(ScanOverdue scan) {
        this.scan = scan;
    }

    @Scheduled(cron = "${ssj.inspection.overdue-scan.cron:0 10 0 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        int found = scan.execute(Actor.system("overdue-scan"));
        log.info("Overdue scan found {} missed deadlines", found);
    }
}
