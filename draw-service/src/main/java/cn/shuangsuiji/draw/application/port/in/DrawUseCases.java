package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawOutcome;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.StratumOutcome;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import java.util.List;

/**
 * 抽取 — commit, execute, abandon, substitute, replace, witness, confirm, dispatch and read draws; every operation
 * checks the authenticated caller against the rights table (README).
 */
public interface DrawUseCases {

    Draw commit(DrawCommands.Commit command);

    Draw reveal(DrawCommands.Reveal command);

    DrawView execute(DrawCommands.Execute command);

    Draw abandon(DrawCommands.Abandon command);

    DrawView substitute(DrawCommands.Substitute command);

    DrawView replace(DrawCommands.Replace command);

    Draw addWitness(DrawCommands.AddWitness command);

    Draw confirm(DrawCommands.Confirm command);

    Draw dispatch(DrawCommands.DispatchTo command);

    Draw confirmDispatch(DrawCommands.ConfirmDispatch command);

    /** Draws with overdue dispatches the caller may read. */
    /** Draws with a dispatch unconfirmed after its deadline as of {@code asOf} (null = today), keyset-paged. */
    List<Draw> overdueDispatches(java.time.LocalDate asOf, String after, int limit, Actor caller);

    /** Overdue as of today. */
    default List<Draw> overdueDispatches(String after, int limit, Actor caller) {
        return overdueDispatches(null, after, limit, caller);
    }

    DrawView get(String drawId, Actor caller);

    List<LogEntry> log(String drawId, Actor caller);

    Bundle bundle(String drawId, Actor caller);

    /** The DEMO beacon's signature of a round (only when the demo beacon is enabled). */
    String demoSignature(long round);

    /**
     * A draw with its current outcome (null before execution).
     *
     * @param draw    the aggregate
     * @param status  OK/FAILED after execution, else null
     * @param failure failure code or null
     * @param seed    hex seed or null
     * @param strata  per-stratum outcomes (empty before execution)
     * @param outcome current targets and teams (null before execution)
     * @param forms   joint forms (empty before execution)
     */
    /** A draw with its result; {@code committedWitnesses} (null when not loaded) decides which confirmations are
     * still missing (S2 20). */
    record DrawView(Draw draw, String status, String failure, String seed, List<StratumOutcome> strata,
                    DrawOutcome outcome, List<DrawOutcome.Form> forms, List<String> committedWitnesses) {

        public DrawView(Draw draw, String status, String failure, String seed, List<StratumOutcome> strata,
                        DrawOutcome outcome, List<DrawOutcome.Form> forms) {
            this(draw, status, failure, seed, strata, outcome, forms, null);
        }
    }
}
