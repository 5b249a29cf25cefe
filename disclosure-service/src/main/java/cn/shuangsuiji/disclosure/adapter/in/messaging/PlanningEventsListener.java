package cn.shuangsuiji.disclosure.adapter.in.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.disclosure.application.port.in.PlanningFactsProjection;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the planning events into the plan announcements, each at most once. */
@Component
class PlanningEventsListener {

    static final String CONSUMER = "disclosure.planning-facts";

    private final IdempotentConsumer consumer;
    private final PlanningFactsProjection projection;

    PlanningEventsListener(IdempotentConsumer consumer, PlanningFactsProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.PLANNING_PLANS)
    void on(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, projection::apply);
    }
}
