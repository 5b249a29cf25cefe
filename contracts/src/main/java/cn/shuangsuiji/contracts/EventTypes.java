package cn.shuangsuiji.contracts;

/** Reads {@link EventType} annotations. */
public final class EventTypes {

    private EventTypes() {
    }

    /** The annotation of an event class, failing clearly when it is missing. */
    public static EventType of(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalStateException(eventClass.getName() + " is not annotated with @EventType");
        }
        return type;
    }
}
