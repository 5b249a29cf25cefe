package cn.shuangsuiji.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.contracts.EventCatalog;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.registry.DepartmentRegistered;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    private final EventCodec codec = new EventCodec(EventCatalog.all());

    @Test
    void roundTripsAnEventThroughJsonByTypeName() {
        DepartmentRegistered event = new DepartmentRegistered(UUID.randomUUID(), Instant.parse("2026-01-05T08:00:00Z"),
                "qy-amr", "曲阳县市场监督管理局", "MARKET_REGULATION", "COUNTY", "130634", "bd-amr");
        String json = codec.encode(event);
        assertThat(json).contains("\"occurredAt\":\"2026-01-05T08:00:00Z\"").doesNotContain("aggregateId");
        IntegrationEvent decoded = codec.decode(event.eventType(), json);
        assertThat(decoded).isEqualTo(event);
        assertThat(decoded.topic()).isEqualTo("ssj.registry.organisations.v1");
    }

    @Test
    void unknownTypesAndBadJsonCannotBeDecoded() {
        assertThatThrownBy(() -> codec.decode("ssj.nothing", "{}")).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("Unknown event type");
        assertThatThrownBy(() -> codec.decode("ssj.registry.DepartmentRegistered", "{not json"))
                .isInstanceOf(EventDecodingException.class);
        assertThatThrownBy(() -> codec.decode("ssj.registry.DepartmentRegistered", "{\"name\":\"x\"}"))
                .as("required fields are checked by the record's constructor")
                .isInstanceOf(EventDecodingException.class);
    }
}
