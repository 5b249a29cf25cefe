package cn.shuangsuiji.planning.application.port.in;

import cn.shuangsuiji.planning.domain.calendar.OfficialCalendarYear;
import cn.shuangsuiji.platform.security.Actor;
import java.util.List;

/** 查看年度节假日安排 — the loaded versions of a year's official schedule (any authenticated caller). */
public interface ViewCalendarYear {

    /** Every version of the year, oldest first; empty when none was loaded (the year is bundled or provisional). */
    List<OfficialCalendarYear> versions(int year, Actor actor);
}
