package cn.shuangsuiji.gateway;

import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The gateway's clock a day ahead, so a freshly issued real token is expired from its point of view. A top-level
 * class, imported only where wanted (a nested {@code @TestConfiguration} would join every context of the test).
 */
@TestConfiguration
class ADayLaterClock {

    @Bean
    @Primary
    Clock aDayLater() {
        return Clock.offset(Clock.systemUTC(), Duration.ofDays(1));
    }
}
