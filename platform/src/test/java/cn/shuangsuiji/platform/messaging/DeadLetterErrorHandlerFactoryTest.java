package cn.shuangsuiji.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/** A database outage is waited out (no dead letter); any other failure keeps the bounded retries. */
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
    void otherFailuresKeepTheDefaultBoundedRetries() {
        assertThat(DeadLetterErrorHandlerFactory.backOffFor(
                new ListenerExecutionFailedException("listener failed", new IllegalStateException("bug")))).isNull();
    }
}
