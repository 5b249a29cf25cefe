package cn.shuangsuiji.draw.adapter.in.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.draw.application.port.in.RecordCheckUseCase;
import cn.shuangsuiji.platform.messaging.BatchFetch;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Inspection results (检查结果) as repeat-check facts (避免重复检查), each event applied once. */
@Component
class InspectionResultsListener {

    private final IdempotentConsumer consumer;
    private final RecordCheckUseCase checks;

    InspectionResultsListener(IdempotentConsumer consumer, RecordCheckUseCase checks) {
        this.consumer = consumer;
        this.checks = checks;
    }

    // a poll's results applied together, one transaction per chunk (IdempotentConsumer#consumeBatchTogether): the
    // chunk's checks kept in one read and one bulk write instead of an upsert per result
    @KafkaListener(id = "draw-inspection-results", idIsGroup = false, topics = Topics.INSPECTION_RESULTS,
            batch = "true", properties = {BatchFetch.MIN_BYTES, BatchFetch.MAX_WAIT})
    void onResults(List<ConsumerRecord<String, String>> records) {
        consumer.consumeBatchTogether("draw-inspection-results", records, checks::resultsApplied);
    }
}
