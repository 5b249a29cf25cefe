package cn.shuangsuiji.draw.config;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.draw.application.service.DrawSettings;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Draw settings: the DEMO beacon switch (off unless {@code ssj.draw.demo-beacon.enabled} or the demo mode is
 * on), the working-day calendar and its zone. */
@Configuration
class DrawConfiguration {

    @Bean
    DrawSettings drawSettings(@Value("${ssj.draw.demo-beacon.enabled:${ssj.demo.enabled:false}}") boolean demoBeacon,
                              @Value("${ssj.draw.zone:Asia/Shanghai}") String zone) {
        return new DrawSettings(demoBeacon, WorkingDayCalendar.fromEnvironment(), ZoneId.of(zone));
    }
}
