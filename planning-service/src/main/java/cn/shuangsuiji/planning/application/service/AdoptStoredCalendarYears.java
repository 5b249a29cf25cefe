package cn.shuangsuiji.planning.application.service;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import cn.shuangsuiji.planning.application.port.out.CalendarYearRepository;
import cn.shuangsuiji.planning.domain.calendar.OfficialCalendarYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/** At start-up the live calendar adopts the newest stored version of every year loaded earlier. */
@Component
class AdoptStoredCalendarYears implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AdoptStoredCalendarYears.class);

    private final CalendarYearRepository years;
    private final WorkingDayCalendar calendar;

    AdoptStoredCalendarYears(CalendarYearRepository years, WorkingDayCalendar calendar) {
        this.years = years;
        this.calendar = calendar;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (OfficialCalendarYear year : years.latestOfEveryYear()) {
            if (calendar.adopt(year.toSchedule())) {
                log.info("Calendar {} uses the official schedule version {}", year.year(), year.version());
            }
        }
    }
}
