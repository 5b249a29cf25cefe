package cn.shuangsuiji.inspection.adapter.out.attachments;

import cn.shuangsuiji.inspection.application.port.out.AttachmentStore;
import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.stereotype.Component;

/**
 * Attachments in MongoDB GridFS (bucket {@code attachments}), streamed chunk by chunk in and out while the SHA-256
 * is computed; content over the limit is refused mid-stream and its chunks removed.
 */
@Component
class GridFsAttachmentStore implements AttachmentStore {

    private final MongoDatabaseFactory databases;

    GridFsAttachmentStore(MongoDatabaseFactory databases) {
        this.databases = databases;
    }

    private GridFSBucket bucket() {
        return GridFSBuckets.create(databases.getMongoDatabase(), "attachments");
    }

    @Override
    public Stored store(InputStream content, String fileName, String mimeType, long maxBytes) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        LimitedInputStream limited = new LimitedInputStream(new DigestInputStream(content, sha), maxBytes);
        ObjectId id;
        try {
            id = bucket().uploadFromStream(fileName, limited, new GridFSUploadOptions().chunkSizeBytes(255 * 1024)
                    .metadata(new Document("contentType", mimeType)));
        } catch (MongoGridFSException e) {
            if (limited.exceeded) {
                throw new TooLarge(maxBytes);
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        if (limited.exceeded) {
            delete(id.toHexString());
            throw new TooLarge(maxBytes);
        }
        return new Stored(id.toHexString(), limited.count, HexFormat.of().formatHex(sha.digest()));
    }

    @Override
    public Optional<Content> open(String fileId) {
        if (!ObjectId.isValid(fileId)) {
            return Optional.empty();
        }
        ObjectId id = new ObjectId(fileId);
        GridFSFile file = bucket().find(new Document("_id", id)).first();
        if (file == null) {
            return Optional.empty();
        }
        return Optional.of(new Content(file.getLength(), () -> bucket().openDownloadStream(id)));
    }

    @Override
    public void delete(String fileId) {
        try {
            bucket().delete(new ObjectId(fileId));
        } catch (MongoGridFSException notThere) {
            // already gone
        }
    }

    /** Counts bytes and fails once more than the limit were read. */
    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long count;
        private boolean exceeded;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws IOException {
            count += n;
            if (count > limit) {
                exceeded = true;
                throw new TooLarge(limit);
            }
        }
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
