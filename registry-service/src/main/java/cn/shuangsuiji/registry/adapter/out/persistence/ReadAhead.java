package cn.shuangsuiji.registry.adapter.out.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * 预读 — runs a source (a cursor and the decoding of its documents) on a reader thread of its own, a few batches
 * ahead of the caller, which receives every item in the source's order on its own thread. While the caller works on
 * one batch (a snapshot's encoding, Merkle tree and compression), the reader waits for MongoDB's next batch and
 * decodes it: the two run on both cores instead of one after the other.
 *
 * <p>A failure of the source is rethrown to the caller; a failure of the caller's sink stops the source (its next
 * hand-off throws {@link CancellationException}, so it closes its cursor). Either way the call returns only after
 * the reader thread has ended. Calls chain: a source may itself read ahead (the snapshot's fetcher feeds its decoder,
 * which feeds the writer), and a failure anywhere in the chain ends every thread of it.
 */
final class ReadAhead {

    private static final Object END = new Object();

    private ReadAhead() {
    }

    /**
     * Gives {@code sink} every item {@code source} produces, in order, reading ahead on a thread named
     * {@code threadName} by at most {@code depth} batches of {@code batch} items.
     */
    static <T> void forEach(String threadName, int batch, int depth, Consumer<Consumer<T>> source, Consumer<T> sink) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(depth);
        Reader<T> reader = new Reader<>(queue, batch, source);
        Thread thread = new Thread(reader, threadName);
        thread.setDaemon(true);
        thread.start();
        boolean ended = false;
        try {
            while (true) {
                Object next = queue.take();
                if (next == END) {
                    ended = true;
                    return;
                }
                if (next instanceof Failure failure) {
                    ended = true;
                    throw failure.rethrown();
                }
                @SuppressWarnings("unchecked")
                List<T> items = (List<T>) next;
                for (T item : items) {
                    sink.accept(item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading ahead");
        } finally {
            if (!ended) {
                reader.cancelled = true;
            }
            awaitEnd(thread);
        }
    }

    private static void awaitEnd(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The source's failure, carried to the caller. */
    private record Failure(Throwable cause) {
        RuntimeException rethrown() {
            if (cause instanceof Error error) {
                throw error;
            }
            return cause instanceof RuntimeException e ? e : new IllegalStateException(cause);
        }
    }

    private static final class Reader<T> implements Runnable {
        private final BlockingQueue<Object> queue;
        private final int batch;
        private final Consumer<Consumer<T>> source;
        private volatile boolean cancelled;
        private List<T> items;

        Reader(BlockingQueue<Object> queue, int batch, Consumer<Consumer<T>> source) {
            this.queue = queue;
            this.batch = batch;
            this.source = source;
            this.items = new ArrayList<>(batch);
        }

        @Override
        public void run() {
            Object last;
            try {
                source.accept(item -> {
                    items.add(item);
                    if (items.size() == batch) {
                        handOver(items);
                        items = new ArrayList<>(batch);
                    }
                });
                last = END;
            } catch (RuntimeException | Error e) {
                last = new Failure(e);
            }
            if (!items.isEmpty() && !cancelled) {
                try {
                    handOver(items);
                } catch (CancellationException e) {
                    return;
                }
            }
            if (!cancelled) {
                try {
                    handOver(last);
                } catch (CancellationException e) {
                    // the caller has gone: nobody to tell
                }
            }
        }

        /** Puts {@code o} in the queue, waiting for room while the caller still takes. */
        private void handOver(Object o) {
            try {
                while (!queue.offer(o, 50, TimeUnit.MILLISECONDS)) {
                    if (cancelled) {
                        throw new CancellationException("the snapshot reader's caller stopped");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted while handing over");
            }
            if (cancelled) {
                throw new CancellationException("the snapshot reader's caller stopped");
            }
        }
    }
}
