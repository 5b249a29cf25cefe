package cn.shuangsuiji.disclosure.adapter.in.web;

import cn.shuangsuiji.contracts.EventType;
import cn.shuangsuiji.contracts.EventTypes;
import cn.shuangsuiji.contracts.IntegrationEvent;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * 异步接口文档 — the AsyncAPI 3.0 document of the public feed, generated from the contract record types: one channel
 * per topic, one message per event type with the CloudEvents headers, and a JSON Schema per record built from its
 * record components — exactly what Jackson writes for a record. Records only, so the schema cannot drift from the
 * payload: a new component appears in the document on the next start.
 */
final class AsyncApiDocument {

    private static final List<String> CLOUD_EVENT_HEADERS = List.of("ce_specversion", "ce_id", "ce_type",
            "ce_source", "ce_time", "ce_subject", "ce_schemaversion", "ce_traceid");

    private final Map<String, Object> schemas = new LinkedHashMap<>();

    private AsyncApiDocument() {
    }

    /**
     * The document for the given event types.
     *
     * @param types            the event record types published
     * @param retention        topic retention description, e.g. "unlimited (retention.ms=-1)"
     * @param topicDescriptions a description per topic
     */
    static Map<String, Object> of(List<Class<? extends IntegrationEvent>> types, String retention,
                                  Map<String, String> topicDescriptions) {
        return new AsyncApiDocument().build(types, retention, topicDescriptions);
    }

    private Map<String, Object> build(List<Class<? extends IntegrationEvent>> types, String retention,
                                      Map<String, String> topicDescriptions) {
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Map<String, Object> messages = new LinkedHashMap<>();
        for (Class<? extends IntegrationEvent> type : types) {
            EventType annotation = EventTypes.of(type);
            String message = type.getSimpleName();
            String channel = channelName(annotation.topic());
            schemaOf(type);
            messages.put(message, map("name", annotation.name(), "title", message,
                    "summary", "CloudEvents type " + annotation.name() + ", schema version " + annotation.version(),
                    "contentType", "application/json",
                    "headers", headers(annotation),
                    "payload", ref("#/components/schemas/" + message),
                    "bindings", map("kafka", map("key", map("type", "string",
                            "description", "the public record's id (aggregate id)"), "bindingVersion", "0.5.0"))));
            @SuppressWarnings("unchecked")
            Map<String, Object> ch = (Map<String, Object>) channels.computeIfAbsent(channel, c -> map(
                    "address", annotation.topic(),
                    "description", topicDescriptions.getOrDefault(annotation.topic(), "") + " Retention: " + retention + ".",
                    "messages", new LinkedHashMap<String, Object>(),
                    "bindings", map("kafka", map("topic", annotation.topic(),
                            "topicConfiguration", map("retention.ms", -1, "cleanup.policy", List.of("delete")),
                            "bindingVersion", "0.5.0"))));
            @SuppressWarnings("unchecked")
            Map<String, Object> channelMessages = (Map<String, Object>) ch.get("messages");
            channelMessages.put(message, ref("#/components/messages/" + message));
            @SuppressWarnings("unchecked")
            Map<String, Object> op = (Map<String, Object>) operations.computeIfAbsent("publish_" + channel, o -> map(
                    "action", "send", "channel", ref("#/channels/" + channel),
                    "summary", "disclosure-service publishes " + annotation.topic(),
                    "messages", new ArrayList<Object>()));
            @SuppressWarnings("unchecked")
            List<Object> opMessages = (List<Object>) op.get("messages");
            opMessages.add(ref("#/channels/" + channel + "/messages/" + message));
        }
        for (String topic : topicDescriptions.keySet()) {
            channels.computeIfAbsent(channelName(topic), c -> map("address", topic,
                    "description", topicDescriptions.get(topic) + " Retention: " + retention + ".",
                    "messages", new LinkedHashMap<String, Object>()));
        }
        return map("asyncapi", "3.0.0",
                "id", "urn:cn:shuangsuiji:public-feed",
                "info", map("title", "双随机、一公开 — public feed (省级平台数据接口)", "version", "1",
                        "description", "Public, versioned Kafka topics ssj.public.<kind>.v1 with CloudEvents binary "
                                + "headers. Each message carries the whole public record as the public API shows it; "
                                + "the newest message of a key is the current state. Replayable from the start."),
                "defaultContentType", "application/json",
                "servers", map("platform", map("host", "127.0.0.1:9092", "protocol", "kafka",
                        "description", "the platform's Kafka (the provincial platform is given its own address)")),
                "channels", channels,
                "operations", operations,
                "components", map("messages", messages, "schemas", schemas));
    }

    private static String channelName(String topic) {
        return topic.replace("ssj.public.", "").replace(".v", "_v");
    }

    private static Map<String, Object> headers(EventType annotation) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String header : CLOUD_EVENT_HEADERS) {
            properties.put(header, map("type", "string"));
        }
        properties.put("ce_type", map("type", "string", "const", annotation.name()));
        properties.put("ce_specversion", map("type", "string", "const", "1.0"));
        properties.put("ce_schemaversion", map("type", "string", "const", Integer.toString(annotation.version())));
        properties.put("content-type", map("type", "string", "const", "application/json"));
        return map("type", "object", "properties", properties,
                "required", List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_time"));
    }

    private Map<String, Object> schemaOf(Class<?> record) {
        String name = record.getSimpleName();
        if (!schemas.containsKey(name)) {
            schemas.put(name, Map.of());
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent component : record.getRecordComponents()) {
                properties.put(component.getName(), typeOf(component.getGenericType()));
            }
            schemas.put(name, map("type", "object", "title", record.getName(), "properties", properties));
        }
        return ref("#/components/schemas/" + name);
    }

    private Map<String, Object> typeOf(Type type) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return map("type", "array", "items", typeOf(p.getActualTypeArguments()[0]));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return map("type", "object", "additionalProperties", typeOf(p.getActualTypeArguments()[1]));
            }
            throw new IllegalStateException("Unsupported generic type in a contract: " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return map("type", "string");
        }
        if (c == UUID.class) {
            return map("type", "string", "format", "uuid");
        }
        if (c == Instant.class) {
            return map("type", "string", "format", "date-time");
        }
        if (c == LocalDate.class) {
            return map("type", "string", "format", "date");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class || c == BigInteger.class) {
            return map("type", "integer");
        }
        if (c == BigDecimal.class || c == double.class || c == Double.class) {
            return map("type", "number");
        }
        if (c == boolean.class || c == Boolean.class) {
            return map("type", "boolean");
        }
        if (c.isRecord()) {
            return schemaOf(c);
        }
        throw new IllegalStateException("Unsupported type in a contract: " + c.getName());
    }

    private static Map<String, Object> ref(String target) {
        return map("$ref", target);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
