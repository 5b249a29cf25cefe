package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.disclosure.PublicDraw;
import cn.shuangsuiji.disclosure.application.port.in.Cursor;
import cn.shuangsuiji.disclosure.application.port.in.DrawFilter;
import cn.shuangsuiji.disclosure.application.port.in.DrawQueries;
import cn.shuangsuiji.disclosure.application.port.in.Page;
import cn.shuangsuiji.disclosure.application.port.out.DrawViews;
import cn.shuangsuiji.platform.error.DomainProblem;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** 抽查任务公告查询 — each draw as the public sees it today (withheld targets left out). */
@Service
class DrawAnnouncements implements DrawQueries {

    private final DrawViews draws;
    private final Clock clock;

    DrawAnnouncements(DrawViews draws, Clock clock) {
        this.draws = draws;
        this.clock = clock;
    }

    @Override
    public Page<PublicDraw> draws(DrawFilter filter, String cursor, int limit) {
        LocalDate today = PublicCalendar.today(clock);
        return Cursor.page(draws.page(filter, Cursor.key(cursor), limit).stream().map(d -> d.publicOn(today))
                .toList(), limit, PublicDraw::drawId);
    }

    @Override
    public PublicDraw draw(String drawId) {
        return draws.find(drawId).map(d -> d.publicOn(PublicCalendar.today(clock)))
                .orElseThrow(() -> DomainProblem.notFound("DRAW_NOT_FOUND", "抽查任务", drawId));
    }
}
