package cn.shuangsuiji.registry.adapter.in.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.MongoException;
import com.mongodb.MongoTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** A demo loader's step outlasts a slow database at start-up instead of stopping the application. */
class DemoStartupRetryTest {

    private final DemoStartupRetry retry = new DemoStartupRetry(Duration.ofMillis(1), Duration.ofMillis(4),
            Duration.ofSeconds(30));
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aStepThatMeetsAnUnreachableDatabaseIsRunAgainUntilItCompletes() {
        String result = retry.get("step", () -> {
            if (attempts.incrementAndGet() < 4) {
                throw new DataAccessResourceFailureException("Timed out while waiting for a server",
                        new MongoTimeoutException("server selection"));
            }
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(attempts).hasValue(4);
    }

    @Test
    void aTransactionConflictIsRunAgain() {
        retry.run("step", () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new MongoException(112, "WriteConflict");
            }
        });

        assertThat(attempts).hasValue(2);
    }

    @Test
    void anyOtherFailureStopsAtOnceAsBefore() {
        assertThatThrownBy(() -> retry.run("step", () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("No demo item for [x]");
        })).isInstanceOf(IllegalStateException.class).hasMessage("No demo item for [x]");

        assertThat(attempts).hasValue(1);
    }

    @Test
    void anOutageLongerThanTheBoundFailsTheStartWithTheLastFailure() {
        DemoStartupRetry bounded = new DemoStartupRetry(Duration.ofMillis(1), Duration.ofMillis(2),
                Duration.ofMillis(50));

        assertThatThrownBy(() -> bounded.run("step", () -> {
            throw new DataAccessResourceFailureException("attempt " + attempts.incrementAndGet());
        })).isInstanceOf(DataAccessResourceFailureException.class).hasMessage("attempt " + attempts.get());

        assertThat(attempts.get()).isGreaterThan(1);
    }
}
