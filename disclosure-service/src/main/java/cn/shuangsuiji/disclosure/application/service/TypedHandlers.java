package cn.shuangsuiji.disclosure.application.service;

import cn.shuangsuiji.contracts.IntegrationEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Handlers registered by event type: {@code handlers.on(PlanApproved.class, this::approved)}; others are ignored. */
final class TypedHandlers {

    private final Map<Class<?>, Consumer<IntegrationEvent>> handlers = new LinkedHashMap<>();

    <E extends IntegrationEvent> TypedHandlers on(Class<E> type, Consumer<E> handler) {
        handlers.put(type, event -> handler.accept(type.cast(event)));
        return this;
    }

    void handle(IntegrationEvent event) {
        Consumer<IntegrationEvent> handler = handlers.get(event.getClass());
        if (handler != null) {
            handler.accept(event);
        }
    }
}
