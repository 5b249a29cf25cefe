package cn.shuangsuiji.draw.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Insert-only store of each draw's execution inputs and result hashes (one per draw, never updated). */
public interface ExecutionRepository {

    /** Fails with a duplicate-key error when the draw was executed already. */
    void insert(Execution execution);

    Optional<Execution> find(String drawId);

    /** 执行记录 — what was entered at execution and what it produced. */
    record Execution(String drawId, long beaconRound, String signature, List<String> sourceValues,
                     List<String> witnessReveals, String seed, String resultHash, String status,
                     String failureCode, Instant executedAt, String executedBy) {
    }
}
