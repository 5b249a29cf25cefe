package cn.shuangsuiji.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import java.util.List;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.UncategorizedMongoDbException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * A database outage and a transaction conflict are waited out (no dead letter); any other failure keeps the bounded
 * retries.
 */
class DeadLetterErrorHandlerFactoryTest {

    @Test
    void aDatabaseOutageIsRetriedWithoutLimitUpToTenSecondsApart() {
        Exception outage = new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("timeout",
                        new MongoTimeoutException("Timed out while waiting for a server")));

        BackOff backOff = DeadLetterErrorHandlerFactory.backOffFor(outage);

        assertThat(backOff).isNotNull();
        BackOffExecution execution = backOff.start();
        long last = 0;
        for (int i = 0; i < 1000; i++) {
            last = execution.nextBackOff();
            assertThat(last).isNotEqualTo(BackOffExecution.STOP);
        }
        assertThat(last).isEqualTo(10_000);
    }

    @Test
    void aTransactionConflictIsRetriedWithoutLimitUpToFiveSecondsApart() {
        // a record held by a killed instance's orphaned transaction (WriteConflict), and the consumer's own
        // transaction aborted by the server (NoSuchTransaction, labelled TransientTransactionError)
        for (int code : new int[] {112, 251}) {
            BsonDocument response = new BsonDocument("ok", new BsonInt32(0)).append("code", new BsonInt32(code))
                    .append("errmsg", new BsonString("conflict " + code))
                    .append("errorLabels", new BsonArray(List.of(new BsonString("TransientTransactionError"))));
            Exception conflict = new ListenerExecutionFailedException("listener failed",
                    new UncategorizedMongoDbException("conflict", new MongoCommandException(response,
                            new ServerAddress())));

            BackOff backOff = DeadLetterErrorHandlerFactory.backOffFor(conflict);

            assertThat(backOff).as("code %d", code).isNotNull();
            BackOffExecution execution = backOff.start();
            assertThat(execution.nextBackOff()).isEqualTo(500);
            long last = 0;
            for (int i = 0; i < 1000; i++) {
                last = execution.nextBackOff();
                assertThat(last).isNotEqualTo(BackOffExecution.STOP);
            }
            assertThat(last).isEqualTo(5_000);
        }
    }

    @Test
    void otherFailuresKeepTheDefaultBoundedRetries() {
        assertThat(DeadLetterErrorHandlerFactory.backOffFor(
                new ListenerExecutionFailedException("listener failed", new IllegalStateException("bug")))).isNull();
    }
}
