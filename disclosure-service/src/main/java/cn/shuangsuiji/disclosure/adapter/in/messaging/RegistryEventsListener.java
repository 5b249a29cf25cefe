package cn.shuangsuiji.disclosure.adapter.in.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.disclosure.application.port.in.RegistryFactsProjection;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the registry's organisation, item-list and entity events into the public views, each at most once. */
@Component
class RegistryEventsListener {

    static final String CONSUMER = "disclosure.registry-facts";

    private final IdempotentConsumer consumer;
    private final RegistryFactsProjection projection;

    RegistryEventsListener(IdempotentConsumer consumer, RegistryFactsProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @KafkaListener(topics = {Topics.REGISTRY_ORGANISATIONS, Topics.REGISTRY_ITEMS, Topics.REGISTRY_ENTITIES})
    void on(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, projection::apply);
    }
}
