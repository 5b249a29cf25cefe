package cn.shuangsuiji.draw.adapter.in.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;
import cn.shuangsuiji.draw.application.port.in.RecordCheckUseCase;
import cn.shuangsuiji.platform.messaging.BatchFetch;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Inspection results (检查结果) as repeat-check facts (避免重复检查), each event applied once. */
@Component
class InspectionResultsListener {

    private static final Logger log = LoggerFactory.getLogger(InspectionResultsListener.class);

    private final IdempotentConsumer consumer;
    private final RecordCheckUseCase checks;

    InspectionResultsListener(IdempotentConsumer consumer, RecordCheckUseCase checks) {
        this.consumer = consumer;
        this.checks = checks;
    }

    // a poll's results applied together, one transaction per poll (IdempotentConsumer#consumeBatch)
    @KafkaListener(id = "draw-inspection-results", idIsGroup = false, topics = Topics.INSPECTION_RESULTS,
            batch = "true", properties = {BatchFetch.MIN_BYTES, BatchFetch.MAX_WAIT})
    void onResults(List<ConsumerRecord<String, String>> records) {
        consumer.consumeBatch("draw-inspection-results", records, event -> {
            if (event instanceof InspectionResultRecorded e) {
                checks.resultRecorded(e);
            } else if (event instanceof InspectionResultCorrected e) {
                checks.resultCorrected(e);
            } else {
                log.debug("Ignored {}", event.eventType());
            }
        });
    }
}
