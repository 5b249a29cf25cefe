package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.out.DrawLogRepository;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.platform.audit.AuditTrail;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.LogKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 抽取变更 — how every use case changes a draw: one transaction (retried on a transient write conflict), the draw
 * log's hash-chained entry anchored in the platform transparency log in it (§16), and the audit trail (留痕).
 */
@Component
class DrawChanges {

    private final TransactionTemplate transactions;
    private final DrawLogRepository logs;
    private final AnchorLogEntry anchor;
    private final AuditTrail audit;
    private final Clock clock;

    DrawChanges(TransactionTemplate transactions, DrawLogRepository logs, AnchorLogEntry anchor, AuditTrail audit,
                Clock clock) {
        this.transactions = transactions;
        this.logs = logs;
        this.anchor = anchor;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current time, to the second (the draw log's precision). */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Today in {@code zone} (working days and dispatch deadlines). */
    LocalDate today(ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Appends an entry to the draw's log (never earlier than the last one) and anchors it; returns it. */
    LogEntry appendLog(String drawId, LogKind kind, String actor, Map<String, String> fields) {
        List<LogEntry> entries = logs.entries(drawId);
        String at = now().toString();
        if (!entries.isEmpty() && entries.get(entries.size() - 1).at().compareTo(at) > 0) {
            at = entries.get(entries.size() - 1).at();
        }
        DrawLog log = DrawLog.of(entries).append(kind, at, actor, fields);
        LogEntry entry = log.entries().get(log.entries().size() - 1);
        logs.append(drawId, entry);
        anchor.anchor(drawId, entry); // the platform transparency log, same transaction (§16)
        return entry;
    }

    /** The transparency log's size with this transaction's appends (the checkpoint it will sign), or null. */
    Long pendingTreeSize() {
        return anchor.pendingTreeSize();
    }

    /** 留痕 — inside the change's transaction; the draw log keeps the same subject in its hash chain. */
    void audit(Actor actor, String action, Draw draw, Object before, Object after) {
        audit.record(actor, action, "Draw", draw.id().value(), draw.header().initiatingDepartmentId(), before, after);
    }

    /**
     * Runs {@code work} in one transaction; a transient MongoDB failure (a write conflict on the transparency log's
     * head with another instance's append) aborts it and it runs again, up to three times. A stale draw version is
     * not retried.
     */
    <T> T inTransaction(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.execute(status -> work.get());
            } catch (TransientDataAccessException conflict) {
                if (attempt == 3 || conflict instanceof ConcurrencyFailureException) {
                    throw conflict;
                }
            }
        }
    }
}
