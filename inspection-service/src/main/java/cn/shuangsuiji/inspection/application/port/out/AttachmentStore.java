package cn.shuangsuiji.inspection.application.port.out;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** 材料存储 — attachment content, streamed in and out, never held whole in memory. */
public interface AttachmentStore {

    /**
     * Streams the content into the store while hashing it.
     *
     * @param maxBytes the content is refused (and nothing kept) when longer
     * @throws TooLarge when the content exceeds {@code maxBytes}
     */
    Stored store(InputStream content, String fileName, String mimeType, long maxBytes) throws IOException;

    Optional<Content> open(String fileId);

    void delete(String fileId);

    /** What was stored. */
    record Stored(String fileId, long size, String sha256) {
    }

    /** Stored content: its length and a way to open it (once per read, e.g. per Range). */
    record Content(long length, Opener opener) {
    }

    /** Opens the content. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** The content was longer than allowed. */
    final class TooLarge extends IOException {
        public TooLarge(long maxBytes) {
            super("content longer than " + maxBytes + " bytes");
        }
    }
}
