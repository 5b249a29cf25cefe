package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.in.DrawQueries;
import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.application.port.out.ExpertAssignmentStore;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawState;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.beacon.DemoBeacon;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;

/** 抽取查询 — a draw, its log and bundle, overdue dispatches, for the readers of the rights table (README). */
@Service
class ReadDraws implements DrawQueries {

    /** A draw id as a cursor. */
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    static final int MAX_PAGE = 500;

    private final DrawRecords records;
    private final DrawRepository draws;
    private final AttachTransparency transparency;
    private final DrawChanges changes;
    private final DrawSettings settings;
    private final ExpertAssignmentStore assignments;

    ReadDraws(DrawRecords records, DrawRepository draws, AttachTransparency transparency, DrawChanges changes,
              DrawSettings settings, ExpertAssignmentStore assignments) {
        this.assignments = assignments;
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

    @Override
    public DrawPage list(ListDraws q, Actor caller) {
        DrawAccess.requireRole(caller, Role.values());
        DrawState state = state(q.state());
        String after = blankToNull(q.after());
        if (after != null && !CURSOR.matcher(after).matches()) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "DRAW_CURSOR_INVALID", "分页游标无效",
                    "分页游标无效，请使用上一页返回的 nextAfter",
                    List.of(new FieldProblem("after", "DRAW_CURSOR_INVALID", "分页游标无效")));
        }
        int limit = q.limit() == null ? 50 : q.limit();
        if (limit < 1 || limit > MAX_PAGE) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "DRAW_LIMIT_INVALID", "分页大小无效",
                    "limit 须在 1 到 " + MAX_PAGE + " 之间",
                    List.of(new FieldProblem("limit", "DRAW_LIMIT_INVALID", "须在 1 到 " + MAX_PAGE + " 之间")));
        }
        Set<String> readable = DrawAccess.readsEverything(caller) ? null
                : caller.departmentId() == null ? Set.of() : Set.of(caller.departmentId());
        List<Draw> page = readable != null && readable.isEmpty() ? List.of()
                : draws.list(new DrawRepository.Filter(blankToNull(q.planId()), blankToNull(q.taskId()), state,
                        blankToNull(q.departmentId()), readable), after, limit);
        String next = page.size() < limit ? null : page.get(page.size() - 1).id().value();
        return new DrawPage(page, next);
    }

    private static DrawState state(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return DrawState.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new DomainProblem(ProblemKind.BAD_REQUEST, "DRAW_STATE_UNKNOWN", "抽取状态无效",
                    "state 须为 " + java.util.Arrays.toString(DrawState.values()) + " 之一",
                    List.of(new FieldProblem("state", "DRAW_STATE_UNKNOWN", "抽取状态无效")));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
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
        DrawView v = DrawViews.of(draw, x.result(), x.outcome().withAssigned(assignments.ofDraw(drawId)),
                records.task(draw), x.inputs().inspectors());
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
