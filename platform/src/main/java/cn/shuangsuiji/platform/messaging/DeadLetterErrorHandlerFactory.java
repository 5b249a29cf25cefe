package cn.shuangsuiji.platform.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.platform.events.EventDecodingException;
import cn.shuangsuiji.platform.error.DomainProblem;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * 死信 — a record that keeps failing is retried a bounded number of times, then published to
 * {@code <topic>.dlt} with the failure in its headers, so a poison message never blocks a partition. Records
 * that can never succeed (unreadable, or refused by a business rule) go there at once.
 */
public final class DeadLetterErrorHandlerFactory {

    private DeadLetterErrorHandlerFactory() {
    }

    public static DefaultErrorHandler create(KafkaOperations<?, ?> template, long backOffMillis, long retries) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(backOffMillis, retries));
        handler.addNotRetryableExceptions(EventDecodingException.class, DomainProblem.class);
        return handler;
    }
}
