package cn.shuangsuiji.registry.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The reader thread hands every item over in order, and a failure on either side ends both; also when chained. */
class ReadAheadTest {

    @Test
    void everyItemReachesTheCallerInOrderOnTheCallersThreadAcrossPartialBatches() {
        List<Integer> received = new ArrayList<>();
        AtomicReference<Thread> sourceThread = new AtomicReference<>();
        Thread caller = Thread.currentThread();
        List<Thread> sinkThreads = new ArrayList<>();

        ReadAhead.<Integer>forEach("test-reader", 7, 2, sink -> {
            sourceThread.set(Thread.currentThread());
            for (int i = 0; i < 1_000; i++) {
                sink.accept(i);
            }
        }, i -> {
            received.add(i);
            sinkThreads.add(Thread.currentThread());
        });

        assertThat(received).hasSize(1_000);
        for (int i = 0; i < received.size(); i++) {
            assertThat(received.get(i)).isEqualTo(i);
        }
        assertThat(sinkThreads).containsOnly(caller);
        assertThat(sourceThread.get()).isNotEqualTo(caller);
        assertThat(sourceThread.get().getName()).isEqualTo("test-reader");
        assertThat(sourceThread.get().isAlive()).as("the reader has ended when the call returns").isFalse();
    }

    @Test
    void anEmptySourceEndsAtOnce() {
        List<Integer> received = new ArrayList<>();

        ReadAhead.<Integer>forEach("test-reader", 7, 2, sink -> { }, received::add);

        assertThat(received).isEmpty();
    }

    @Test
    void theSourcesFailureReachesTheCallerAfterTheItemsBeforeIt() {
        List<Integer> received = new ArrayList<>();

        assertThatThrownBy(() -> ReadAhead.<Integer>forEach("test-reader", 3, 2, sink -> {
            for (int i = 0; i < 10; i++) {
                sink.accept(i);
            }
            throw new IllegalStateException("cursor lost");
        }, received::add)).isInstanceOf(IllegalStateException.class).hasMessage("cursor lost");
        assertThat(received).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    /** A source of up to a million items that records what it saw and closes its "cursor" however it ends. */
    private static final class ClosingSource implements Consumer<Consumer<Integer>> {
        final AtomicInteger produced = new AtomicInteger();
        final AtomicBoolean closed = new AtomicBoolean();
        final AtomicReference<Throwable> saw = new AtomicReference<>();
        final AtomicReference<Thread> thread = new AtomicReference<>();

        @Override
        public void accept(Consumer<Integer> sink) {
            thread.set(Thread.currentThread());
            try {
                for (int i = 0; i < 1_000_000; i++) {
                    produced.incrementAndGet();
                    sink.accept(i);
                }
            } catch (RuntimeException e) {
                saw.set(e);
                throw e;
            } finally {
                closed.set(true);
            }
        }

        /** It was stopped (not failed), a few batches ahead, closed, and its thread has ended. */
        void assertStoppedAndClosed(int ahead) {
            assertThat(closed).as("the source's resources are closed when the call returns").isTrue();
            assertThat(saw.get()).isInstanceOf(CancellationException.class);
            assertThat(produced.get()).as("the source stopped a few batches ahead").isLessThan(ahead);
            assertThat(thread.get().isAlive()).isFalse();
        }
    }

    @Test
    void theSinksFailureStopsTheSourceWhichClosesItsResourcesBeforeTheCallReturns() {
        ClosingSource source = new ClosingSource();

        assertThatThrownBy(() -> ReadAhead.<Integer>forEach("test-reader", 10, 2, source, i -> {
            if (i == 25) {
                throw new IllegalArgumentException("sink failed");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("sink failed");

        source.assertStoppedAndClosed(100);
    }

    /** As the snapshot pipeline chains them: fetcher -> decoder -> caller. */
    private static void chained(Consumer<Consumer<Integer>> fetch, Consumer<String> sink) {
        ReadAhead.<String>forEach("test-decoder", 5, 2, decoded ->
                ReadAhead.<Integer>forEach("test-fetcher", 5, 3, fetch, i -> decoded.accept("#" + i)), sink);
    }

    @Test
    void aChainOfTwoKeepsTheOrderAndEndsBothThreads() {
        List<String> received = new ArrayList<>();
        List<Thread> stages = new ArrayList<>();

        chained(sink -> {
            stages.add(Thread.currentThread());
            for (int i = 0; i < 1_003; i++) {
                sink.accept(i);
            }
        }, received::add);

        assertThat(received).hasSize(1_003);
        for (int i = 0; i < received.size(); i++) {
            assertThat(received.get(i)).isEqualTo("#" + i);
        }
        assertThat(stages.get(0).getName()).isEqualTo("test-fetcher");
        assertThat(stages.get(0).isAlive()).isFalse();
    }

    @Test
    void inAChainTheFetchersFailureReachesTheCallerAndTheCallersFailureClosesTheFetcher() {
        List<String> received = new ArrayList<>();
        assertThatThrownBy(() -> chained(sink -> {
            for (int i = 0; i < 12; i++) {
                sink.accept(i);
            }
            throw new IllegalStateException("cursor lost");
        }, received::add)).isInstanceOf(IllegalStateException.class).hasMessage("cursor lost");
        assertThat(received).hasSize(12);

        ClosingSource fetcher = new ClosingSource();
        assertThatThrownBy(() -> chained(fetcher, text -> {
            if (text.equals("#30")) {
                throw new IllegalArgumentException("writer failed");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("writer failed");
        fetcher.assertStoppedAndClosed(200);
        assertThat(fetcher.thread.get().getName()).isEqualTo("test-fetcher");
    }
}
