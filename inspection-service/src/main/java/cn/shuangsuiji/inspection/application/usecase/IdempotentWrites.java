package cn.shuangsuiji.inspection.application.usecase;

import cn.shuangsuiji.inspection.application.port.out.IdempotencyKeys;
import cn.shuangsuiji.inspection.application.port.out.IdempotencyKeys.StoredResponse;
import cn.shuangsuiji.inspection.domain.record.InspectionProblems;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * 幂等写入 — applies a write once per caller and {@code Idempotency-Key}: the answer is stored in the write's own
 * transaction, a retry with the same key and the same request gets the stored answer, a retry with the same key
 * and a different request is refused (422).
 *
 * <p>The key is not looked up before the write (a MongoDB query on every request, issue 9 benchmark): the write
 * runs and its answer is inserted under the key, unique, in the same transaction. A key used before makes that
 * transaction fail — at the key's insert (duplicate key), or earlier because the write was applied already (the
 * step is done, the If-Match is stale) — and nothing of it is stored; only then is the key looked up, and the
 * stored answer replayed (same request) or the request refused (another request). A write that fails without the
 * key having been used fails as it would have.
 */
@Service
public class IdempotentWrites {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    private final IdempotencyKeys keys;
    private final TransactionOperations transactions;

    IdempotentWrites(IdempotencyKeys keys, TransactionOperations transactions) {
        this.keys = keys;
        this.transactions = transactions;
    }

    /**
     * Runs the write unless the key was used before.
     *
     * @param scope       whose keys (the caller's subject)
     * @param key         the Idempotency-Key
     * @param requestHash hex SHA-256 of the request (method, path, body)
     * @param write       the write, returning its answer; runs in the transaction that stores the answer
     */
    public Outcome run(String scope, String key, String requestHash, Supplier<StoredResponse> write) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw InspectionProblems.invalid("IDEMPOTENCY_KEY_INVALID", "Idempotency-Key",
                    "Idempotency-Key 须为 8–128 位字母、数字或 . _ : -");
        }
        try {
            return new Outcome(transactions.execute(status -> {
                StoredResponse response = write.get();
                StoredResponse kept = new StoredResponse(requestHash, response.status(), response.body(),
                        response.etag());
                keys.save(scope, key, kept);
                return kept;
            }), false);
        } catch (RuntimeException failed) {
            // nothing was stored: if the key was used before, that is the answer; else the write's own failure
            Optional<StoredResponse> stored = keys.find(scope, key);
            if (stored.isEmpty()) {
                throw failed;
            }
            if (!stored.get().requestHash().equals(requestHash)) {
                throw new DomainProblem(ProblemKind.INVALID, "IDEMPOTENCY_KEY_REUSED", "幂等键已用于其他请求",
                        "该 Idempotency-Key 已用于内容不同的请求；新的请求须使用新的键");
            }
            return new Outcome(stored.get(), true);
        }
    }

    /** The answer, and whether it is a replay of an earlier one. */
    public record Outcome(StoredResponse response, boolean replayed) {
    }
}
