package cn.shuangsuiji.drawprotocol;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/** Runs {@code n} workers, worker 0 in the calling thread, and rethrows the first failure. */
final class Parallel {
    private Parallel() {
    }

    static void run(int n, IntConsumer worker) {
        if (n <= 1) {
            worker.accept(0);
            return;
        }
        List<Thread> threads = new ArrayList<>(n - 1);
        Throwable[] failures = new Throwable[n];
        for (int w = 1; w < n; w++) {
            int id = w;
            Thread t = new Thread(() -> {
                try {
                    worker.accept(id);
                } catch (Throwable e) {
                    failures[id] = e;
                }
            }, "ssj-draw-worker-" + w);
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        try {
            worker.accept(0);
        } catch (RuntimeException | Error e) {
            failures[0] = e;
        }
        boolean interrupted = false;
        for (Thread t : threads) {
            while (true) {
                try {
                    t.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        for (Throwable f : failures) {
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof Error err) {
                throw err;
            }
            if (f != null) {
                throw new IllegalStateException(f);
            }
        }
    }
}
