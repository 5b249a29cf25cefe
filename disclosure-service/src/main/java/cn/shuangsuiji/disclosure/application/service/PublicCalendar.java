package cn.shuangsuiji.disclosure.application.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Public dates are China standard time days. */
final class PublicCalendar {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private PublicCalendar() {
    }

    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
