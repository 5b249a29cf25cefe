package cn.shuangsuiji.registry.application.port.out;

import cn.shuangsuiji.registry.domain.snapshot.RegistrySnapshot;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotId;
import cn.shuangsuiji.registry.domain.snapshot.SnapshotKind;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Stores snapshots (insert only) and their binary content (chunked, larger than one document may be). */
public interface SnapshotRepository {

    /** Size and hex SHA-256 of stored content. */
    record StoredContent(long bytes, String sha256) {
    }

    /** Streams content written by {@code writer} into storage under the snapshot id. */
    StoredContent storeContent(SnapshotId id, Consumer<OutputStream> writer);

    void deleteContent(SnapshotId id);

    /** Inserts the snapshot; an existing id is never overwritten. */
    void insert(RegistrySnapshot snapshot);

    Optional<RegistrySnapshot> find(SnapshotId id);

    InputStream openContent(SnapshotId id);

    /** Snapshots whose scope includes the department (all if null) and of the kind (all if null), newest first. */
    List<RegistrySnapshot> latest(String departmentId, SnapshotKind kind,
                                            int limit);
}
