package cn.shuangsuiji.disclosure.adapter.in.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.disclosure.application.port.in.DrawFactsProjection;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Feeds the draw events into the task announcements, each at most once. */
@Component
class DrawEventsListener {

    static final String CONSUMER = "disclosure.draw-facts";

    private final IdempotentConsumer consumer;
    private final DrawFactsProjection projection;

    DrawEventsListener(IdempotentConsumer consumer, DrawFactsProjection projection) {
        this.consumer = consumer;
        this.projection = projection;
    }

    @KafkaListener(topics = Topics.DRAW_DRAWS)
    void on(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, projection::apply);
    }
}
