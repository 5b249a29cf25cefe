package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawOutcome;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.DrawStatus;
import cn.shuangsuiji.drawprotocol.InspectorPool;
import java.util.List;

/** The view of an executed draw with its current outcome and forms. */
final class DrawViews {

    private DrawViews() {
    }

    static DrawView of(Draw draw, DrawResult result, DrawOutcome outcome, PlannedTask task, InspectorPool pool) {
        boolean ok = result.status() == DrawStatus.OK;
        return new DrawView(draw, result.status().name(), ok ? null : result.failure().code(), result.seed().hex(),
                result.strata(), outcome, ok ? outcome.forms(task.items(), pool) : List.of());
    }
}
