package cn.shuangsuiji.registry.adapter.in.web;

import cn.shuangsuiji.registry.domain.snapshot.RegistrySnapshot;
import java.time.Instant;
import java.util.List;

/** A snapshot's metadata. */
public record SnapshotResponse(String id, String kind, List<String> departmentIds, List<String> regionCodes,
                               List<String> objectTypes, long recordCount, String merkleRoot, String contentSha256,
                               long contentBytes, String format, String contentPath, String confirmedBy,
                               Instant confirmedAt) {

    static SnapshotResponse of(RegistrySnapshot s) {
        return new SnapshotResponse(s.id().value(), s.kind().name(), s.scope().departmentIds(),
                s.scope().regionCodes(), s.scope().objectTypes(), s.recordCount(), s.merkleRoot(), s.contentSha256(),
                s.contentBytes(), s.format(), s.contentPath(), s.confirmedBy(), s.confirmedAt());
    }
}
