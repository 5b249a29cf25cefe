package cn.shuangsuiji.disclosure.adapter.in.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.disclosure.application.port.in.DrawLogCheckpoints;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the draw transparency log's checkpoints, each event at most once. */
@Component
class DrawLogListener {

    static final String CONSUMER = "disclosure.draw-log";

    private final IdempotentConsumer consumer;
    private final DrawLogCheckpoints checkpoints;

    DrawLogListener(IdempotentConsumer consumer, DrawLogCheckpoints checkpoints) {
        this.consumer = consumer;
        this.checkpoints = checkpoints;
    }

    @KafkaListener(topics = Topics.DRAW_LOG)
    void on(ConsumerRecord<String, String> record) {
        consumer.consume(CONSUMER, record, checkpoints::apply);
    }
}
