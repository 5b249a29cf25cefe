package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.in.DrawCommands;
import cn.shuangsuiji.draw.application.port.in.EnterSourceValueUseCase;
import cn.shuangsuiji.draw.application.port.out.DrawLogRepository;
import cn.shuangsuiji.draw.application.port.out.DrawRepository;
import cn.shuangsuiji.draw.application.port.out.FrozenInputsStore;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawId;
import cn.shuangsuiji.draw.domain.draw.FrozenInputs;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.drawprotocol.DrawCommitment;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.PublicSource;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 录入随机源数值 — the initiating department's draw operator enters a committed source's published value (e.g. the
 * lottery numbers) while the draw is committed and the beacon round's time has not come: the value must be in the
 * committed format, each source is entered once, and the SOURCE entry is appended to the draw log and anchored in
 * the transparency log in one transaction, so the beacon is provably the last input (docs/draw-protocol.md §4.3).
 */
@Service
class EnterSourceValue implements EnterSourceValueUseCase {

    private final DrawRepository draws;
    private final DrawLogRepository logs;
    private final FrozenInputsStore frozen;
    private final AnchorLogEntry anchor;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    EnterSourceValue(DrawRepository draws, DrawLogRepository logs, FrozenInputsStore frozen, AnchorLogEntry anchor,
                     AuditTrail audit, TransactionTemplate transactions, Clock clock) {
        this.draws = draws;
        this.logs = logs;
        this.frozen = frozen;
        this.anchor = anchor;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public LogEntry enter(DrawCommands.EnterSource cmd) {
        DrawAccess.requireRole(cmd.actor(), Role.DRAW_OPERATOR);
        Draw draw = draws.find(new DrawId(cmd.drawId())).orElseThrow(() -> DomainProblem.notFound("DRAW_NOT_FOUND",
                "抽取", cmd.drawId()));
        DrawAccess.requireInitiating(cmd.actor(), draw.header().initiatingDepartmentId(), Role.DRAW_OPERATOR);
        draw.requireCommitted("随机源数值须在执行前录入，现已不能再录入");
        DrawCommitment c = FrozenInputs.read(frozen.load(cmd.drawId()).orElseThrow(() -> new IllegalStateException(
                "frozen inputs of " + cmd.drawId() + " are missing"))).commitment();
        PublicSource source = c.sources().stream().filter(s -> s.name().equals(cmd.source())).findFirst()
                .orElseThrow(() -> DomainProblem.invalid("DRAW_SOURCE_UNKNOWN", "承诺中没有随机源 " + cmd.source(),
                        List.of()));
        if (!source.pinned()) {
            throw DomainProblem.invalid("DRAW_SOURCE_UNKNOWN", "随机源 " + cmd.source()
                    + " 属于修订 1.2 之前的承诺，未声明数值格式，在执行时提交其数值", List.of());
        }
        PinnedSources.requireFormat(source, cmd.value());
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (now.getEpochSecond() >= c.beacon().roundTime()) {
            throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_SOURCE_TOO_LATE", "信标轮次已到",
                    "随机源数值须在信标轮次 " + c.beacon().round() + " 的时间 " + Instant.ofEpochSecond(c.beacon().roundTime())
                            + " 之前录入；现在 " + now + " 已晚，此抽取只能作废后重新承诺");
        }
        return transactions.execute(status -> {
            List<LogEntry> entries = logs.entries(cmd.drawId());
            if (PinnedSources.logged(entries).containsKey(source.name())) {
                throw new DomainProblem(ProblemKind.CONFLICT, "DRAW_SOURCE_EXISTS", "随机源数值已录入",
                        "随机源 " + source.name() + " 的数值已录入，不能更改");
            }
            String at = now.toString();
            if (!entries.isEmpty() && entries.get(entries.size() - 1).at().compareTo(at) > 0) {
                at = entries.get(entries.size() - 1).at();
            }
            DrawLog log = DrawLog.of(entries).append(LogKind.SOURCE, at, cmd.actor().subject(),
                    DrawLog.source(cmd.drawId(), source.name(), cmd.value()));
            LogEntry entry = log.entries().get(log.entries().size() - 1);
            logs.append(cmd.drawId(), entry);
            anchor.anchor(cmd.drawId(), entry);
            draws.update(draw); // the draw's version moves: a concurrent execution conflicts
            audit.record(cmd.actor(), "draw.source", "Draw", cmd.drawId(), draw.header().initiatingDepartmentId(),
                    null, Map.of("source", source.name(), "value", cmd.value()));
            return entry;
        });
    }
}
