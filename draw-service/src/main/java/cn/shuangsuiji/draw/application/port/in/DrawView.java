package cn.shuangsuiji.draw.application.port.in;

import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawOutcome;
import cn.shuangsuiji.drawprotocol.StratumOutcome;
import java.util.List;

/**
 * A draw with its current outcome; {@code committedWitnesses} (null when not loaded) decides which confirmations
 * are still missing (S2 20).
 *
 * @param draw    the aggregate
 * @param status  OK/FAILED after execution, else null
 * @param failure failure code or null
 * @param seed    hex seed or null
 * @param strata  per-stratum outcomes (empty before execution)
 * @param outcome current targets and teams (null before execution)
 * @param forms   joint forms (empty before execution)
 */
public record DrawView(Draw draw, String status, String failure, String seed, List<StratumOutcome> strata,
                       DrawOutcome outcome, List<DrawOutcome.Form> forms, List<String> committedWitnesses) {

    public DrawView(Draw draw, String status, String failure, String seed, List<StratumOutcome> strata,
                    DrawOutcome outcome, List<DrawOutcome.Form> forms) {
        this(draw, status, failure, seed, strata, outcome, forms, null);
    }
}
