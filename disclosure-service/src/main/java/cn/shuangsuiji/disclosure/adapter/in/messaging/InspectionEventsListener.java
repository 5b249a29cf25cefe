package cn.shuangsuiji.disclosure.adapter.in.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.disclosure.application.port.in.InspectionFactsProjection;
import cn.shuangsuiji.platform.messaging.BatchFetch;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import java.util.List;
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
    // and a burst of results is applied in parallel instead of one at a time (issue 9 benchmark: visibility); each
    // poll's records are applied together, one transaction per poll instead of per result (IdempotentConsumer), the
    // announcements they touch read in one query and written in one bulk write; a fetch waits for a few results
    // (BatchFetch)
    @KafkaListener(topics = Topics.INSPECTION_RESULTS, concurrency = "${ssj.disclosure.inspection-consumers:3}",
            batch = "true", properties = {BatchFetch.MIN_BYTES, BatchFetch.MAX_WAIT})
    void on(List<ConsumerRecord<String, String>> records) {
        consumer.consumeBatchTogether(CONSUMER, records, projection::applyAll);
    }
}
