package cn.shuangsuiji.planning.config;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The official working-day calendar: bundled years plus any in {@code SSJ_CALENDAR_DIR}. */
@Configuration
class CalendarConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.fromEnvironment();
    }
}
