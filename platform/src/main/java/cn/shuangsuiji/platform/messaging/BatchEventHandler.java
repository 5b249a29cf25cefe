package cn.shuangsuiji.platform.messaging;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.List;

/**
 * Applies decoded events together, in order (a chunk of a poll, or a single event); runs inside the consumer's
 * transaction ({@link IdempotentConsumer#consumeBatchTogether}).
 */
@FunctionalInterface
public interface BatchEventHandler {

    void handleAll(List<IntegrationEvent> events);
}
