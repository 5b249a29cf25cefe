package cn.shuangsuiji.registry.adapter.in.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.platform.messaging.BatchFetch;
import cn.shuangsuiji.platform.messaging.IdempotentConsumer;
import cn.shuangsuiji.registry.application.port.in.RecordRiskFacts;

/**
 * 信用反馈 — the inspection service's results and follow-up, applied once each (IdempotentConsumer) as risk facts
 * of the entities; other types on the topic are recorded and ignored.
 */
@Component
class InspectionResultsListener {

    static final String CONSUMER = "registry-credit";

    private final IdempotentConsumer consumer;
    private final RecordRiskFacts facts;

    InspectionResultsListener(IdempotentConsumer consumer, RecordRiskFacts facts) {
        this.consumer = consumer;
        this.facts = facts;
    }

    // a poll's results applied together, one transaction per chunk (IdempotentConsumer#consumeBatchTogether): the
    // chunk's credit profiles read in one query, not one per result (most results change no profile)
    @KafkaListener(id = CONSUMER, idIsGroup = false, topics = Topics.INSPECTION_RESULTS, batch = "true",
            properties = {BatchFetch.MIN_BYTES, BatchFetch.MAX_WAIT})
    void onResults(List<ConsumerRecord<String, String>> records) {
        consumer.consumeBatchTogether(CONSUMER, records, facts::applyAll);
    }
}
