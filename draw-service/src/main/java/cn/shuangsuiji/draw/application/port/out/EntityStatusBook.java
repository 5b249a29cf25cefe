package cn.shuangsuiji.draw.application.port.out;

import java.util.Optional;

/**
 * 检查对象状态簿 — the newest registry status of entities (存续/注销/吊销) as the registry's entity events report
 * it after the snapshots; a substitution reason must be supported by it (S2 14, 19, 21).
 */
public interface EntityStatusBook {

    /** Keeps {@code status} unless a newer version of the entity is already recorded (idempotent, order-safe). */
    void record(String entityId, String status, long version);

    /** The newest reported status, empty when the registry reported nothing for the entity. */
    Optional<String> statusOf(String entityId);
}
