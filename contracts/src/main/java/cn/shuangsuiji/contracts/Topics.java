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
    /**
     * 工作日历 — official holiday schedules (国务院办公厅关于XXXX年部分节假日安排的通知) loaded into the platform, keyed by
     * year, so every service that counts working days adopts them without a restart.
     */
    public static final String PLANNING_CALENDAR = "ssj.planning.calendar.v1";
    public static final String DRAW_DRAWS = "ssj.draw.draws.v1";
    /**
     * 抽取透明日志检查点 — the platform draw log's signed checkpoints (docs/draw-protocol.md §16), keyed by the
     * log's origin so they stay in order; kept by the disclosure service and anyone who wants an anchor.
     */
    public static final String DRAW_LOG = "ssj.draw.log.v1";
    public static final String INSPECTION_RESULTS = "ssj.inspection.results.v1";
    /** Public feed (M30): 抽查事项清单. Public, replayable from the start (retention unlimited). */
    public static final String PUBLIC_ITEMS = "ssj.public.items.v1";
    /** Public feed: 抽查计划公告. */
    public static final String PUBLIC_PLANS = "ssj.public.plans.v1";
    /** Public feed: 抽查任务公告 (draws). */
    public static final String PUBLIC_DRAWS = "ssj.public.draws.v1";
    /** Public feed: 抽查结果公告. */
    public static final String PUBLIC_RESULTS = "ssj.public.results.v1";
    /** Public feed: corrections of published results (更正). */
    public static final String PUBLIC_CORRECTIONS = "ssj.public.corrections.v1";

    private Topics() {
    }

    /** The dead-letter topic of a topic. */
    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
