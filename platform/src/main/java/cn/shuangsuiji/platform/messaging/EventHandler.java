package cn.shuangsuiji.platform.messaging;

import cn.shuangsuiji.contracts.IntegrationEvent;

/** Applies one decoded event; runs inside the consumer's transaction. */
@FunctionalInterface
public interface EventHandler {

    void handle(IntegrationEvent event);
}
