package cn.shuangsuiji.disclosure.adapter.in.schedule;

import cn.shuangsuiji.disclosure.application.port.in.AnnounceBundlesUseCase;
import cn.shuangsuiji.disclosure.application.port.in.ReleaseWithheldTargetsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Announces withheld targets that became public (S1 20(二)) and then bundles that became public, at start-up and then
 * every release interval.
 */
@Component
class ReleaseSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReleaseSchedule.class);

    private final ReleaseWithheldTargetsUseCase release;
    private final AnnounceBundlesUseCase bundles;

    ReleaseSchedule(ReleaseWithheldTargetsUseCase release, AnnounceBundlesUseCase bundles) {
        this.release = release;
        this.bundles = bundles;
    }

    @Scheduled(initialDelayString = "${ssj.disclosure.release-initial-delay:PT30S}",
            fixedDelayString = "${ssj.disclosure.release-interval:PT1H}")
    void releaseDue() {
        int released = release.releaseDue();
        if (released > 0) {
            log.info("Announced the withheld targets of {} draws", released);
        }
        // after the targets: a draw released today is announced with its bundle link and is not due any more
        int announced = bundles.announceDue();
        if (announced > 0) {
            log.info("Announced the bundles of {} draws", announced);
        }
    }
}
