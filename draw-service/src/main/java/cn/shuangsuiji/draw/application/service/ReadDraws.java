package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.in.DrawQueries;
import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleMapper;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** 抽取查询 — a draw, its log and bundle, overdue dispatches, for the readers of the rights table (README). */
@Service
class ReadDraws implements DrawQueries {

    private final DrawRecords records;
    private final DrawRepository draws;
    private final AttachTransparency transparency;
    private final DrawChanges changes;
    private final DrawSettings settings;

    ReadDraws(DrawRecords records, DrawRepository draws, AttachTransparency transparency, DrawChanges changes,
              DrawSettings settings) {
        this.records = records;
        this.draws = draws;
        this.transparency = transparency;
        this.changes = changes;
        this.settings = settings;
    }

    @Override
    public List<Draw> overdueDispatches(LocalDate asOf, String after, int limit, Actor caller) {
        DrawAccess.requireRole(caller, Role.values());
        return draws.withOverdueDispatches(asOf == null ? changes.today(settings.zone()) : asOf, after, limit)
                .stream().filter(d -> readable(caller, d)).toList();
    }

    static boolean readable(Actor caller, Draw draw) {
        try {
            DrawAccess.requireReader(caller, draw);
            return true;
        } catch (DomainProblem refused) {
            return false;
        }
    }

    @Override
    public DrawView get(String drawId, Actor caller) {
        DrawAccess.requireRole(caller, Role.values());
        Draw draw = records.load(drawId);
        DrawAccess.requireReader(caller, draw);
        List<String> committed = records.committedWitnesses(draw);
        if (!records.isExecuted(drawId)) {
            return new DrawView(draw, null, null, null, List.of(), null, List.of(), committed);
        }
        DrawRecords.Executed x = records.executed(draw);
        DrawView v = DrawViews.of(draw, x.result(), x.outcome(), records.task(draw), x.inputs().inspectors());
        return new DrawView(v.draw(), v.status(), v.failure(), v.seed(), v.strata(), v.outcome(), v.forms(),
                committed);
    }

    @Override
    public List<LogEntry> log(String drawId, Actor caller) {
        DrawAccess.requireRole(caller, Role.values());
        DrawAccess.requireReader(caller, records.load(drawId));
        return records.entries(drawId);
    }

    @Override
    public Bundle bundle(String drawId, Actor caller) {
        DrawAccess.requireRole(caller, Role.values());
        Draw draw = records.load(drawId);
        DrawAccess.requireReader(caller, draw);
        DrawRecords.Executed x = records.executed(draw);
        return transparency.attach(drawId, BundleMapper.toBundle(x.inputs(), x.seedInputs(), x.result(), x.actions(),
                DrawLog.of(records.entries(drawId))));
    }

    @Override
    public String demoSignature(long round) {
        if (!settings.demoBeaconEnabled()) {
            throw DomainProblem.notFound("DRAW_DEMO_BEACON_DISABLED", "演示信标", String.valueOf(round));
        }
        return DemoBeacon.sign(round);
    }
}
