package cn.shuangsuiji.disclosure.config;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.disclosure.domain.TargetDisclosurePolicy;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Policy and settings of the disclosure service. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(DisclosureProperties.class)
class DisclosureConfiguration {

    @Bean
    WorkingDayCalendar workingDayCalendar() {
        return WorkingDayCalendar.fromEnvironment();
    }

    @Bean
    TargetDisclosurePolicy targetDisclosurePolicy(DisclosureProperties properties) {
        return new TargetDisclosurePolicy(properties.withholdAllTargets(), Set.copyOf(properties.withheldItemIds()));
    }
}
