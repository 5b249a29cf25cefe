package cn.shuangsuiji.draw.application.port.out;

import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Fetches a confirmed snapshot's binary content (from registry-service over HTTP in production). */
public interface SnapshotSource {

    /** The content bytes as served; the caller checks them against the confirmation. */
    byte[] content(ConfirmedSnapshot snapshot);

    /**
     * Streams the content into {@code reader} while it is being received (a snapshot of 10^7 entities is never
     * held whole). The default reads {@link #content} (enough for small test sources).
     */
    default <T> T read(ConfirmedSnapshot snapshot, ContentReader<T> reader) {
        try {
            return reader.read(new ByteArrayInputStream(content(snapshot)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Consumes a content stream; the stream is closed by the source. */
    @FunctionalInterface
    interface ContentReader<T> {
        T read(InputStream content) throws IOException;
    }
}
