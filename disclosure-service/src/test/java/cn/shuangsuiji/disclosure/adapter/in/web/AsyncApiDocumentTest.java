package cn.shuangsuiji.disclosure.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.contracts.EventTypes;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.contracts.disclosure.DisclosureEvents;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The AsyncAPI document against the contract types: every type, topic, header and record component. */
@SuppressWarnings("unchecked")
class AsyncApiDocumentTest {

    final Map<String, Object> doc = new AsyncApiController().asyncApi();

    @Test
    void isAnAsyncApi3DocumentWithOneChannelPerPublicTopic() {
        assertThat(doc).containsEntry("asyncapi", "3.0.0");
        Map<String, Object> channels = (Map<String, Object>) doc.get("channels");
        assertThat(channels.values()).extracting(c -> ((Map<String, Object>) c).get("address"))
                .containsExactlyInAnyOrder(Topics.PUBLIC_ITEMS, Topics.PUBLIC_PLANS, Topics.PUBLIC_DRAWS,
                        Topics.PUBLIC_RESULTS, Topics.PUBLIC_CORRECTIONS);
    }

    @Test
    void everyContractTypeIsAMessageOnItsTopicWithItsCloudEventsTypeAndEveryRecordComponent() {
        Map<String, Object> channels = (Map<String, Object>) doc.get("channels");
        Map<String, Object> components = (Map<String, Object>) doc.get("components");
        Map<String, Object> messages = (Map<String, Object>) components.get("messages");
        Map<String, Object> schemas = (Map<String, Object>) components.get("schemas");
        for (Class<? extends IntegrationEvent> type : DisclosureEvents.TYPES) {
            String topic = EventTypes.of(type).topic();
            Map<String, Object> channel = (Map<String, Object>) channels.values().stream()
                    .filter(c -> topic.equals(((Map<String, Object>) c).get("address"))).findFirst().orElseThrow();
            assertThat((Map<String, Object>) channel.get("messages")).as(type.getSimpleName() + " on " + topic)
                    .containsKey(type.getSimpleName());
            Map<String, Object> message = (Map<String, Object>) messages.get(type.getSimpleName());
            assertThat(message).containsEntry("name", EventTypes.of(type).name());
            Map<String, Object> headers = (Map<String, Object>) ((Map<String, Object>) message.get("headers"))
                    .get("properties");
            assertThat((Map<String, Object>) headers.get("ce_type")).containsEntry("const", EventTypes.of(type).name());
            checkSchema(type, schemas, new HashSet<>());
        }
    }

    @Test
    void mapsJavaTypesToJsonSchemaTypes() {
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        Map<String, Object> plan = (Map<String, Object>) ((Map<String, Object>) schemas.get("PublicPlan"))
                .get("properties");
        assertThat((Map<String, Object>) plan.get("version")).containsEntry("type", "integer");
        assertThat((Map<String, Object>) plan.get("periodStart")).containsEntry("format", "date");
        assertThat((Map<String, Object>) plan.get("publishedAt")).containsEntry("format", "date-time");
        assertThat((Map<String, Object>) plan.get("tasks")).containsEntry("type", "array");
        Map<String, Object> size = (Map<String, Object>) ((Map<String, Object>) schemas.get("SampleSize"))
                .get("properties");
        assertThat((Map<String, Object>) size.get("ratio")).containsEntry("type", "number");
    }

    private void checkSchema(Class<?> record, Map<String, Object> schemas, Set<Class<?>> seen) {
        if (!seen.add(record)) {
            return;
        }
        Map<String, Object> schema = (Map<String, Object>) schemas.get(record.getSimpleName());
        assertThat(schema).as("schema of " + record.getName()).isNotNull().containsEntry("title", record.getName());
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        List<String> names = java.util.Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName)
                .toList();
        assertThat(properties.keySet()).as(record.getName()).containsExactlyElementsOf(names);
        for (RecordComponent c : record.getRecordComponents()) {
            Class<?> nested = c.getType();
            if (nested.isRecord()) {
                checkSchema(nested, schemas, seen);
            }
            if (c.getGenericType() instanceof java.lang.reflect.ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                checkSchema(element, schemas, seen);
            }
        }
    }
}
