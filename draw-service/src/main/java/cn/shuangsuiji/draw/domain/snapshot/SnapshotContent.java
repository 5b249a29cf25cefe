package cn.shuangsuiji.draw.domain.snapshot;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.snapshot.RegistrySnapshot;
import cn.shuangsuiji.drawprotocol.snapshot.SnapshotFormatException;
import cn.shuangsuiji.drawprotocol.snapshot.SnapshotReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * 快照内容 — the records of a confirmed registry snapshot, read from its binary content
 * ({@code ssj-registry-snapshot-v1+gzip}, docs/draw-protocol.md §3.1, read with draw-protocol's
 * {@link SnapshotReader} — the code the registry writes it with) after checking the content's SHA-256 and
 * Merkle root against the confirmation event (S1 11: a draw uses exactly what was confirmed).
 */
public record SnapshotContent(String kind, List<EntityRecord> entities, List<InspectorRecord> inspectors) {

    public SnapshotContent {
        entities = List.copyOf(entities);
        inspectors = List.copyOf(inspectors);
    }

    /** Parses and checks content against its confirmation; refuses with DRAW_SNAPSHOT_CONTENT_INVALID. */
    public static SnapshotContent read(byte[] content, ConfirmedSnapshot snapshot) {
        String sha = Hash32.sha256(content).hex();
        if (snapshot.contentSha256() != null && !sha.equalsIgnoreCase(snapshot.contentSha256())) {
            throw invalid(snapshot, "内容 SHA-256 " + sha + " 与确认事件中的 " + snapshot.contentSha256() + " 不符");
        }
        List<EntityRecord> entities = new ArrayList<>();
        List<InspectorRecord> inspectors = new ArrayList<>();
        SnapshotReader.Summary summary;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
            summary = SnapshotReader.read(in, (tag, r) -> {
                if (RegistrySnapshot.ENTITY_TAG.equals(tag)) {
                    entities.add(new EntityRecord(r.str(), r.str(), r.str(), r.str(), r.str(), r.str(), r.strList(),
                            r.u8(), r.str(), r.str(), r.remaining() > 0 ? r.strList() : null));
                } else if (RegistrySnapshot.INSPECTOR_TAG.equals(tag)) {
                    inspectors.add(new InspectorRecord(r.str(), r.str(), r.str(), r.str(), r.strList(), r.strList(),
                            r.strList(), r.str(), r.strList()));
                } else {
                    throw new SnapshotFormatException("未知记录类型 " + tag);
                }
            });
        } catch (SnapshotFormatException e) {
            throw invalid(snapshot, e.getMessage());
        } catch (IOException e) {
            throw invalid(snapshot, "内容无法读取：" + e.getMessage());
        }
        if (snapshot.merkleRoot() != null && !summary.root().hex().equalsIgnoreCase(snapshot.merkleRoot())) {
            throw invalid(snapshot, "记录数或默克尔根与确认事件不符");
        }
        if (!summary.kind().equals(snapshot.kind())) {
            throw invalid(snapshot, "快照类型不符");
        }
        return new SnapshotContent(summary.kind(), entities, inspectors);
    }

    private static DomainProblem invalid(ConfirmedSnapshot snapshot, String detail) {
        return new DomainProblem(ProblemKind.CONFLICT, "DRAW_SNAPSHOT_CONTENT_INVALID", "快照内容校验未通过",
                "快照 " + snapshot.snapshotId() + "：" + detail);
    }
}
