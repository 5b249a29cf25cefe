package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.contracts.draw.InspectorReplaced;
import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.application.port.in.ReplaceInspectorUseCase;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.application.port.out.SelectionLedger;
import cn.shuangsuiji.draw.application.port.out.SelectionLedger.Selection;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawOutcome;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.events.EventPublisher;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.DrawEngine;
import cn.shuangsuiji.drawprotocol.DrawException;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.InspectorId;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.PostDrawAction;
import cn.shuangsuiji.drawprotocol.Replacement;
import cn.shuangsuiji.drawprotocol.TargetId;
import cn.shuangsuiji.drawprotocol.Team;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * 更换执法人员 — a department head approves replacing an inspector of a drawn team: by the next-ranked eligible
 * inspector (SUBSTITUTION_DRAW, S2 19, 21) or, when the committed policy is APPROVAL_ONLY, by the approver's choice
 * (S1 16; docs/draw-protocol.md §9).
 */
@Service
class ReplaceInspector implements ReplaceInspectorUseCase {

    private final DrawRecords records;
    private final DrawRepository draws;
    private final SelectionLedger ledger;
    private final EventPublisher events;
    private final DrawChanges changes;
    private final DrawEngine engine = new DrawEngine();

    ReplaceInspector(DrawRecords records, DrawRepository draws, SelectionLedger ledger, EventPublisher events,
                     DrawChanges changes) {
        this.records = records;
        this.draws = draws;
        this.ledger = ledger;
        this.events = events;
        this.changes = changes;
    }

    @Override
    public DrawView replace(DrawCommands.Replace cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DEPARTMENT_HEAD);
        Draw draw = records.load(cmd.drawId());
        DrawAccess.requireReplacementApprover(cmd.actor(), draw);
        draw.requireExecuted();
        DrawRecords.Executed x = records.executed(draw);
        TargetId target = new TargetId(cmd.targetId());
        DrawOutcome before = x.outcome();
        if (!before.contains(target)) {
            throw DrawRefusals.targetNotDrawn(cmd.targetId());
        }
        InspectorId inspector = new InspectorId(cmd.inspectorId());
        Team team = before.team(target);
        if (team == null || !team.members().contains(inspector)) {
            throw DomainProblem.invalid("DRAW_INSPECTOR_NOT_IN_TEAM", "执法人员 " + cmd.inspectorId() + " 不在对象 "
                    + cmd.targetId() + " 的检查组中", List.of());
        }
        Replacement r = cmd.replacementInspectorId() == null
                ? DrawRefusals.engineAction(() -> engine.replaceInspector(x.inputs(), x.result(), x.actions(),
                        target, inspector, cmd.reason(), cmd.approvedBy()))
                : approversChoice(x, target, inspector, new InspectorId(cmd.replacementInspectorId()), cmd);
        List<PostDrawAction> actions = new ArrayList<>(x.actions());
        actions.add(r);
        DrawOutcome outcome = new DrawOutcome(x.result(), actions);
        PlannedTask task = records.task(draw);
        Instant now = changes.now();
        changes.inTransaction(() -> {
            LogEntry entry = changes.appendLog(cmd.drawId(), LogKind.REPLACE, cmd.actor().subject(),
                    DrawLog.replace(cmd.drawId(), r));
            draws.update(draw);
            ledger.append(List.of(new Selection(cmd.drawId(), (int) entry.seq(), draw.header().year(),
                    draw.header().level(), cmd.targetId(), 0, List.of(), List.of(r.replacement().value()), now)));
            events.publish(new InspectorReplaced(UUID.randomUUID(), now, cmd.drawId(), cmd.targetId(),
                    cmd.inspectorId(), r.replacement().value(), cmd.reason(), cmd.approvedBy(),
                    DrawEvents.team(r.team()), r.mode().name()));
            changes.audit(cmd.actor(), "draw.replace", draw,
                    Map.of("target", cmd.targetId(), "inspector", cmd.inspectorId()),
                    Map.of("inspector", r.replacement().value(), "mode", r.mode().name(), "reason", cmd.reason()));
            return null;
        });
        return DrawViews.of(draw, x.result(), outcome, task, x.inputs().inspectors());
    }

    /**
     * 审批指定 — the replacement the approver names, allowed only when the committed policy's rule is
     * APPROVAL_ONLY (S1 16; under SUBSTITUTION_DRAW only the next-ranked inspector may come in, S2 19, 21)
     * and only for an inspector eligible for the team (docs/draw-protocol.md §9).
     */
    private Replacement approversChoice(DrawRecords.Executed x, TargetId target, InspectorId replaced,
                                        InspectorId chosen, DrawCommands.Replace cmd) {
        try {
            return engine.replaceInspectorByChoice(x.inputs(), x.result(), x.actions(), target, replaced, chosen,
                    cmd.reason(), cmd.approvedBy());
        } catch (DrawException e) {
            if ("CHOICE_NOT_ALLOWED".equals(e.code())) {
                throw new DomainProblem(ProblemKind.INVALID, "DRAW_REPLACEMENT_CHOICE_NOT_ALLOWED",
                        "政策不允许审批人指定更换人员", "本次抽取承诺的人员调整规则为抽取递补（SUBSTITUTION_DRAW）："
                                + "被更换人员只能由排名在后的下一位符合条件的执法人员递补，不能由审批人指定；"
                                + "请不带 replacementInspectorId 重新提交");
            }
            String why = ineligibility(e.code(), chosen.value(), target.value());
            if (why == null) {
                throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_" + e.code(), "无法递补或更换",
                    "按承诺的递补或更换规则，此次无法递补或更换（" + e.code() + "）");
            }
            throw new DomainProblem(ProblemKind.INVALID, "DRAW_REPLACEMENT_INELIGIBLE", "指定的更换人员不符合条件",
                    "执法人员 " + chosen.value() + " 不能更换进入对象 " + target.value() + " 的检查组：" + why);
        }
    }

    /** The Chinese reason for an ineligibility code of the engine, or null for another code. */
    private static String ineligibility(String code, String inspector, String target) {
        return switch (code) {
            case "NOT_IN_POOL" -> "不在本次抽取承诺的执法人员名录中";
            case "INSPECTOR_INACTIVE" -> "在承诺的名录快照中不是在岗状态";
            case "OTHER_DEPARTMENT" -> "与被更换人员不属于同一部门（更换须保持各部门组成；更换组长须由发起部门人员担任）";
            case "SCOPE_NOT_COVERED" -> "执法范围未覆盖本部门的全部检查事项";
            case "CONFLICT" -> "与对象 " + target + " 存在须回避的关系";
            case "SAME_AREA" -> "所属区域与检查对象相同，政策要求回避";
            case "WORKLOAD_CAP" -> "本轮已达每名执法人员的检查任务上限";
            case "ALREADY_IN_TEAM" -> "已在该检查组中";
            case "REPLACED_BEFORE" -> "此前已从该检查组中被更换，不能再次加入";
            default -> null;
        };
    }
}
