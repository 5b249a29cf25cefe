package cn.shuangsuiji.inspection.application.port.out;

import java.util.Optional;

/** 幂等键 — the answers to writes already applied, by caller and key. */
public interface IdempotencyKeys {

    Optional<StoredResponse> find(String scope, String key);

    /**
     * Stores the answer in the current transaction; a key stored before (or concurrently) fails the transaction
     * (duplicate key).
     */
    void save(String scope, String key, StoredResponse response);

    /**
     * A stored answer.
     *
     * @param requestHash hex SHA-256 of the request
     * @param status      HTTP status
     * @param body        response body
     * @param etag        the record's ETag after the write, may be null
     */
    record StoredResponse(String requestHash, int status, String body, String etag) {
    }
}
