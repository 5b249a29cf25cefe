package cn.shuangsuiji.draw.application.service;

import cn.shuangsuiji.draw.application.port.out.SnapshotSource;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.draw.domain.snapshot.EntityRow;
import cn.shuangsuiji.draw.domain.snapshot.EntitySnapshotReader;
import cn.shuangsuiji.draw.domain.snapshot.SnapshotRows;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * 快照内容 — a confirmed snapshot's content as the commit reads it. An entity snapshot is fetched and checked as soon
 * as its confirmation arrives ({@link #prefetch}, in the background): its SHA-256, Merkle root and record count are
 * checked against the confirmation exactly as a commit checks them, and its records are kept in memory as
 * {@link SnapshotRows} (bounded by {@code ssj.draw.snapshot-cache.max-records}, least recently used out first). A
 * commit naming that snapshot then replays the kept records into its intake — no transfer, inflating or hashing
 * while the operator waits (issue 12); a commit that finds nothing kept (a restart, a snapshot over the bound, a
 * prefetch that failed) streams and checks the content itself, as before. A prefetch still running is waited for,
 * not repeated. The kept records are only ever those of content that passed the checks, keyed by the snapshot id
 * and the confirmation's hashes, so a commit reads exactly the records it would have streamed.
 */
@Component
class SnapshotContents {

    private static final Logger log = LoggerFactory.getLogger(SnapshotContents.class);
    /** How long a commit waits for a prefetch in progress before reading the content itself. */
    private static final long WAIT_MINUTES = 10;

    private final SnapshotSource source;
    private final Executor executor;
    private final long maxRecords;
    private final Map<String, Kept> kept = new LinkedHashMap<>(16, 0.75f, true);
    private long held;

    /** A snapshot's records, checked against {@code snapshot}, once fetched. */
    private record Kept(ConfirmedSnapshot snapshot, CompletableFuture<SnapshotRows> rows) {
    }

    @Autowired
    SnapshotContents(SnapshotSource source,
                     @Value("${ssj.draw.snapshot-cache.max-records:3000000}") long maxRecords) {
        this(source, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "draw-snapshot-prefetch");
            t.setDaemon(true);
            return t;
        }), maxRecords);
    }

    SnapshotContents(SnapshotSource source, Executor executor, long maxRecords) {
        this.source = source;
        this.executor = executor;
        this.maxRecords = maxRecords;
    }

    /** The content bytes as served (small snapshots: the inspectors). */
    byte[] content(ConfirmedSnapshot snapshot) {
        return source.content(snapshot);
    }

    /**
     * Hands every record of entity snapshot {@code snapshot} to {@code sink}: the kept records if a prefetch
     * checked them, else the content streamed and checked now (a failed check refuses, after the sink saw records).
     */
    void readEntities(ConfirmedSnapshot snapshot, Consumer<EntityRow> sink) {
        SnapshotRows rows = keptRows(snapshot);
        if (rows != null) {
            rows.replay(sink);
        } else {
            source.read(snapshot, content -> EntitySnapshotReader.read(content, snapshot, sink));
        }
    }

    /** Starts fetching and checking a just-confirmed entity snapshot within the bound; otherwise does nothing. */
    void prefetch(ConfirmedSnapshot snapshot) {
        if (!ConfirmedSnapshot.ENTITIES.equals(snapshot.kind()) || snapshot.recordCount() > maxRecords) {
            return;
        }
        CompletableFuture<SnapshotRows> rows = new CompletableFuture<>();
        synchronized (this) {
            if (kept.containsKey(snapshot.snapshotId())) {
                return;
            }
            Iterator<Kept> eldest = kept.values().iterator();
            while (held + snapshot.recordCount() > maxRecords && eldest.hasNext()) {
                held -= eldest.next().snapshot().recordCount();
                eldest.remove();
            }
            kept.put(snapshot.snapshotId(), new Kept(snapshot, rows));
            held += snapshot.recordCount();
        }
        try {
            executor.execute(() -> fetch(snapshot, rows));
        } catch (RuntimeException e) {
            forget(snapshot, rows);
            log.warn("Could not start fetching snapshot {}: {}", snapshot.snapshotId(), e.toString());
        }
    }

    private void fetch(ConfirmedSnapshot snapshot, CompletableFuture<SnapshotRows> rows) {
        try {
            long began = System.nanoTime();
            SnapshotRows read = source.read(snapshot, content -> {
                SnapshotRows.Recorder recorder = SnapshotRows.recorder();
                EntitySnapshotReader.read(content, snapshot, recorder); // checks SHA-256, Merkle root, count
                return recorder.finish();
            });
            rows.complete(read);
            log.info("Snapshot {} fetched and checked ahead of a commit: {} records kept in {} MB, {} ms",
                    snapshot.snapshotId(), read.rows(), read.bytes() >> 20, (System.nanoTime() - began) / 1_000_000);
        } catch (RuntimeException | Error e) {
            forget(snapshot, rows);
            rows.completeExceptionally(e);
            // a commit naming it reads the content itself and refuses with the reason
            log.warn("Snapshot {} not kept ahead of a commit: {}", snapshot.snapshotId(), e.toString());
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private synchronized void forget(ConfirmedSnapshot snapshot, CompletableFuture<SnapshotRows> rows) {
        Kept k = kept.get(snapshot.snapshotId());
        if (k != null && k.rows() == rows) {
            kept.remove(snapshot.snapshotId());
            held -= snapshot.recordCount();
        }
    }

    /** The kept records of {@code snapshot} (waiting for a prefetch in progress), or null. */
    private SnapshotRows keptRows(ConfirmedSnapshot snapshot) {
        Kept k;
        synchronized (this) {
            k = kept.get(snapshot.snapshotId());
        }
        if (k == null || !sameContent(k.snapshot(), snapshot)) {
            return null;
        }
        try {
            return k.rows().get(WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException e) {
            return null;
        }
    }

    private static boolean sameContent(ConfirmedSnapshot a, ConfirmedSnapshot b) {
        return a.recordCount() == b.recordCount() && Objects.equals(a.merkleRoot(), b.merkleRoot())
                && Objects.equals(a.contentSha256(), b.contentSha256()) && Objects.equals(a.kind(), b.kind());
    }
}
