package cn.shuangsuiji.disclosure.adapter.in.schedule;

import cn.shuangsuiji.disclosure.application.port.in.OpenDataRelease;
import cn.shuangsuiji.disclosure.application.port.in.OpenDataUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The daily open-data release, at 02:30 China time by default. */
@Component
class OpenDataSchedule {

    private static final Logger log = LoggerFactory.getLogger(OpenDataSchedule.class);

    private final OpenDataUseCase openData;

    OpenDataSchedule(OpenDataUseCase openData) {
        this.openData = openData;
    }

    @Scheduled(cron = "${ssj.disclosure.open-data-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void daily() {
        OpenDataRelease release = openData.exportNow();
        log.info("Open data for {} exported: {} files", release.day(), release.files().size());
    }
}
