package cn.shuangsuiji.disclosure.adapter.in.schedule;

import cn.shuangsuiji.disclosure.application.port.in.OpenDataUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily open-data release, at 02:30 China time by default. Every instance runs it; the first to take the day's
 * lease writes the release, the others find it there (or being written) and skip.
 */
@Component
class OpenDataSchedule {

    private static final Logger log = LoggerFactory.getLogger(OpenDataSchedule.class);

    private final OpenDataUseCase openData;

    OpenDataSchedule(OpenDataUseCase openData) {
        this.openData = openData;
    }

    @Scheduled(cron = "${ssj.disclosure.open-data-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void daily() {
        openData.exportDaily().ifPresentOrElse(
                release -> log.info("Open data for {} exported: {} files", release.day(), release.files().size()),
                () -> log.info("Open data for today exported by another instance (or already there)"));
    }
}
