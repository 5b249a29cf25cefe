package cn.shuangsuiji.disclosure.adapter.in.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.disclosure.application.port.in.InspectionFactsProjection;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the inspection events into the result announcements, each at most once. */
@Component
class InspectionEventsListener {

    static final String CONSUMER = "disclosure.inspection-facts";

    private final IdempotentConsumer consumer;
    private final InspectionFactsProjection projection;

    InspectionEventsListener(IdempotentConsumer consumer, InspectionFactsProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    // one consumer per partition of the results topic (3 by default): a result keyed by its record stays in order,
    // and a burst of results is applied in parallel instead of one at a time (issue 9 benchmark: visibility)
    @KafkaListener(topics = Topics.INSPECTION_RESULTS, concurrency = "${ssj.disclosure.inspection-consumers:3}")
    void on(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, projection::apply);
    }
}
