package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.calendar.WorkingDayCalendar;
import java.time.ZoneId;

/**
 * 抽取设置 — whether the DEMO beacon (not a public beacon) is accepted, the working-day calendar for dispatch
 * deadlines, and the zone of the working days.
 */
public record DrawSettings(boolean demoBeaconEnabled, WorkingDayCalendar calendar, ZoneId zone) {
}
