package cn.shuangsuiji.registry.adapter.out.persistence;

import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.SNAPSHOTS;
import static cn.shuangsuiji.registry.adapter.out.persistence.RegistrySchema.SNAPSHOT_CONTENT;

import cn.shuangsuiji.registry.application.port.out.SnapshotRepository;
import cn.shuangsuiji.registry.domain.snapshot.RegistrySnapshot;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotId;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotKind;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotScope;
import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.bson.BsonString;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Snapshots: metadata in {@code registry_snapshots} (insert only: the unique {@code _id} refuses a second write
 * of the same snapshot), content in the GridFS bucket {@code snapshot_content} in 1 MiB chunks (a snapshot of
 * a million entities is far larger than one 16 MB document).
 */
@Component
class SnapshotPersistenceAdapter implements SnapshotRepository {

    private static final int CHUNK = 1 << 20;

    private final MongoTemplate mongo;

    SnapshotPersistenceAdapter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    private GridFSBucket bucket() {
        return GridFSBuckets.create(mongo.getDb(), SNAPSHOT_CONTENT);
    }

    @Override
    public StoredContent storeContent(SnapshotId id, Consumer<OutputStream> writer) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long[] bytes = new long[1];
        try (GridFSUploadStream upload = bucket().openUploadStream(new BsonString(id.value()), id.value(),
                new GridFSUploadOptions().chunkSizeBytes(CHUNK))) {
            OutputStream counting = new FilterOutputStream(upload) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    sha.update(b, off, len);
                    bytes[0] += len;
                    out.write(b, off, len);
                }

                @Override
                public void write(int b) throws IOException {
                    sha.update((byte) b);
                    bytes[0]++;
                    out.write(b);
                }
            };
            BufferedOutputStream buffered = new BufferedOutputStream(counting, CHUNK);
            writer.accept(buffered);
            buffered.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            deleteContent(id);
            throw e;
        }
        return new StoredContent(bytes[0], HexFormat.of().formatHex(sha.digest()));
    }

    @Override
    public void deleteContent(SnapshotId id) {
        try {
            bucket().delete(new BsonString(id.value()));
        } catch (MongoGridFSException e) {
            // nothing stored under this id: nothing to delete
        }
    }

    @Override
    public void insert(RegistrySnapshot s) {
        mongo.insert(new Document("_id", s.id().value()).append("kind", s.kind().name())
                .append("departmentIds", s.scope().departmentIds()).append("regionCodes", s.scope().regionCodes())
                .append("objectTypes", s.scope().objectTypes()).append("recordCount", s.recordCount())
                .append("merkleRoot", s.merkleRoot()).append("contentSha256", s.contentSha256())
                .append("contentBytes", s.contentBytes()).append("format", s.format())
                .append("confirmedBy", s.confirmedBy()).append("confirmedAt", BsonValues.instant(s.confirmedAt())),
                SNAPSHOTS);
    }

    @Override
    public List<RegistrySnapshot> latest(String departmentId, SnapshotKind kind, int limit) {
        Criteria criteria = new Criteria();
        if (departmentId != null) {
            criteria = criteria.and("departmentIds").is(departmentId);
        }
        if (kind != null) {
            criteria = criteria.and("kind").is(kind.name());
        }
        return mongo.find(new Query(criteria)
                        .with(Sort.by(Sort.Direction.DESC,
                                "confirmedAt")).limit(limit), Document.class, SNAPSHOTS)
                .stream().map(SnapshotPersistenceAdapter::toDomain).toList();
    }

    @Override
    public Optional<RegistrySnapshot> find(SnapshotId id) {
        return Optional.ofNullable(mongo.findById(id.value(), Document.class, SNAPSHOTS))
                .map(SnapshotPersistenceAdapter::toDomain);
    }

    private static RegistrySnapshot toDomain(Document d) {
        return new RegistrySnapshot(new SnapshotId(d.getString("_id")), SnapshotKind.valueOf(d.getString("kind")), new SnapshotScope(BsonValues.strings(d, "departmentIds"),
                BsonValues.strings(d, "regionCodes"), BsonValues.strings(d, "objectTypes")),
                BsonValues.number(d, "recordCount"), d.getString("merkleRoot"), d.getString("contentSha256"),
                BsonValues.number(d, "contentBytes"), d.getString("format"), d.getString("confirmedBy"),
                BsonValues.instant(d.get("confirmedAt")));
    }

    @Override
    public InputStream openContent(SnapshotId id) {
        return bucket().openDownloadStream(new BsonString(id.value()));
    }
}
