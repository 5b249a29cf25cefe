package cn.shuangsuiji.planning.application.service;

import cn.shuangsuiji.planning.application.port.in.ViewCalendarYear;
import cn.shuangsuiji.planning.application.port.out.CalendarYearRepository;
import cn.shuangsuiji.planning.domain.calendar.OfficialCalendarYear;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import java.util.List;
import org.springframework.stereotype.Service;

/** The loaded versions of a year's official schedule. */
@Service
class ViewCalendarYearService implements ViewCalendarYear {

    private final CalendarYearRepository years;

    ViewCalendarYearService(CalendarYearRepository years) {
        this.years = years;
    }

    @Override
    public List<OfficialCalendarYear> versions(int year, Actor actor) {
        actor.require(Role.values());
        return years.versions(year);
    }
}
