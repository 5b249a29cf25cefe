package cn.shuangsuiji.platform.messaging;

import cn.shuangsuiji.contracts.Topics;
import cn.shuangsuiji.platform.events.EventDecodingException;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.mongo.DatabaseOutages;
import cn.shuangsuiji.platform.mongo.TransactionConflicts;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * 死信 — a record that keeps failing is retried a bounded number of times, then published to
 * {@code <topic>.dlt} with the failure in its headers, so a poison message never blocks a partition. Records
 * that can never succeed (unreadable, or refused by a business rule) go there at once.
 *
 * <p>A record that fails because MongoDB cannot be reached is not at fault: it is retried without limit (1 s, doubling
 * to at most 10 s apart) until the database is back, so a database outage delays consumption instead of filling
 * the dead-letter topics. The partition waits meanwhile, which keeps the order of its records.
 *
 * <p>Likewise a record whose transaction met another transaction ({@code WriteConflict}, or any MongoDB error labelled
 * {@code TransientTransactionError}, e.g. its own transaction aborted by the server after
 * {@code transactionLifetimeLimitSeconds}) is retried without limit, 0.5 s doubling to at most 5 s apart: the other
 * transaction may be orphaned by a killed instance (two instances of a service, a SIGKILL), and the server aborts it
 * within 1.5 × that limit — after three quick retries the event would otherwise have been dead-lettered although
 * nothing was wrong with it (found by the fault run).
 */
public final class DeadLetterErrorHandlerFactory {

    private DeadLetterErrorHandlerFactory() {
    }

    public static DefaultErrorHandler create(KafkaOperations<?, ?> template, long backOffMillis, long retries) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template,
                (record, exception) -> new TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(backOffMillis, retries));
        handler.addNotRetryableExceptions(EventDecodingException.class, DomainProblem.class);
        handler.setBackOffFunction((record, exception) -> backOffFor(exception));
        return handler;
    }

    /**
     * The back-off for a failure: unlimited for a database outage and for a transaction conflict, else null (the
     * bounded default).
     */
    static BackOff backOffFor(Exception exception) {
        if (DatabaseOutages.isOutage(exception)) {
            ExponentialBackOff outage = new ExponentialBackOff(1000, 2);
            outage.setMaxInterval(10_000);
            return outage;
        }
        if (TransactionConflicts.isConflict(exception)) {
            ExponentialBackOff conflict = new ExponentialBackOff(500, 2);
            conflict.setMaxInterval(5_000);
            return conflict;
        }
        return null;
    }
}
