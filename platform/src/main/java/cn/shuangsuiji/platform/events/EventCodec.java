package cn.shuangsuiji.platform.events;

import cn.shuangsuiji.contracts.EventCatalog;
import cn.shuangsuiji.contracts.IntegrationEvent;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** 事件编解码 — turns event records into JSON and back, looking types up in the {@link EventCatalog}. */
public class EventCodec {

    private final JsonMapper mapper;
    private final EventCatalog catalog;

    public EventCodec(EventCatalog catalog) {
        this.catalog = catalog;
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The event as JSON. */
    public String encode(IntegrationEvent event) {
        return mapper.writeValueAsString(event);
    }

    /** The event of the given type name from its JSON; unknown types and bad JSON are not retryable. */
    public IntegrationEvent decode(String typeName, String json) {
        Class<? extends IntegrationEvent> type = catalog.find(typeName)
                .orElseThrow(() -> new EventDecodingException("Unknown event type: " + typeName, null));
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new EventDecodingException("Cannot read " + typeName + ": " + e.getMessage(), e);
        }
    }
}
