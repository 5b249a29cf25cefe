package cn.shuangsuiji.contracts;

/**
 * 主题 — Kafka topic names, one per producer and aggregate: {@code ssj.<producer>.<aggregate>.v<major>}.
 * A poison message goes to the same name with the suffix {@link #DEAD_LETTER_SUFFIX}.
 */
public final class Topics {

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final String REGISTRY_ORGANISATIONS = "ssj.registry.organisations.v1";
    public static final String REGISTRY_ITEMS = "ssj.registry.items.v1";
    public static final String REGISTRY_ENTITIES = "ssj.registry.entities.v1";
    public static final String REGISTRY_INSPECTORS = "ssj.registry.inspectors.v1";
    public static final String REGISTRY_SNAPSHOTS = "ssj.registry.snapshots.v1";
    public static final String PLANNING_PLANS = "ssj.planning.plans.v1";
    public static final String DRAW_DRAWS = "ssj.draw.draws.v1";
    public static final String INSPECTION_RESULTS = "ssj.inspection.results.v1";

    private Topics() {
    }

    /** The dead-letter topic of a topic. */
    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
