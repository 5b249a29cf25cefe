package cn.shuangsuiji.contracts;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 事件目录 — all event types known to the contracts, by type name, so a consumer can turn a
 * {@code ce_type} header back into a record class.
 */
public final class EventCatalog {

    private final Map<String, Class<? extends IntegrationEvent>> byName = new HashMap<>();

    private EventCatalog(Collection<Class<? extends IntegrationEvent>> types) {
        for (Class<? extends IntegrationEvent> type : types) {
            String name = EventTypes.of(type).name();
            if (byName.putIfAbsent(name, type) != null) {
                throw new IllegalStateException("Event type name used twice: " + name);
            }
        }
    }

    /** A catalogue of the given types. */
    public static EventCatalog of(Collection<Class<? extends IntegrationEvent>> types) {
        return new EventCatalog(types);
    }

    /** The catalogue of every event type of every producer. */
    public static EventCatalog all() {
        return new EventCatalog(AllEvents.TYPES);
    }

    /** The record class of a type name, if known. */
    public Optional<Class<? extends IntegrationEvent>> find(String typeName) {
        return Optional.ofNullable(byName.get(typeName));
    }

    /** Every known type name. */
    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }
}
