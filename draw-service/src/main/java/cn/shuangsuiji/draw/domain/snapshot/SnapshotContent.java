package cn.shuangsuiji.draw.domain.snapshot;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.Merkle;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * 快照内容 — the records of a confirmed registry snapshot, read from its binary content
 * ({@code ssj-registry-snapshot-v1+gzip}, see registry-service README) after checking the content's SHA-256 and
 * Merkle root against the confirmation event (S1 11: a draw uses exactly what was confirmed).
 */
public record SnapshotContent(String kind, List<EntityRecord> entities, List<InspectorRecord> inspectors) {

    private static final String MAGIC = "SSJSNAP1";
    private static final long TRAILER = 0xFFFFFFFFL;

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
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(content)))) {
            byte[] magic = in.readNBytes(8);
            if (!MAGIC.equals(new String(magic, StandardCharsets.US_ASCII))) {
                throw invalid(snapshot, "格式标识不符");
            }
            String kind = str(in);
            List<byte[]> records = new ArrayList<>();
            List<EntityRecord> entities = new ArrayList<>();
            List<InspectorRecord> inspectors = new ArrayList<>();
            while (true) {
                long length = Integer.toUnsignedLong(in.readInt());
                if (length == TRAILER) {
                    break;
                }
                byte[] record = in.readNBytes((int) length);
                records.add(record);
                DataInputStream r = new DataInputStream(new ByteArrayInputStream(record));
                String tag = str(r);
                if ("ssj.registry.entity.v1".equals(tag)) {
                    entities.add(new EntityRecord(str(r), str(r), str(r), str(r), str(r), str(r), strs(r),
                            r.readUnsignedByte(), str(r), str(r), r.available() > 0 ? strs(r) : null));
                } else if ("ssj.registry.inspector.v1".equals(tag)) {
                    inspectors.add(new InspectorRecord(str(r), str(r), str(r), str(r), strs(r), strs(r), strs(r),
                            str(r), strs(r)));
                } else {
                    throw invalid(snapshot, "未知记录类型 " + tag);
                }
            }
            long count = in.readLong();
            String root = Hash32.of(in.readNBytes(32)).hex();
            String computed = Merkle.rootOfRecords(records).hex();
            if (count != records.size() || !computed.equals(root)
                    || (snapshot.merkleRoot() != null && !computed.equalsIgnoreCase(snapshot.merkleRoot()))) {
                throw invalid(snapshot, "记录数或默克尔根与确认事件不符");
            }
            if (!kind.equals(snapshot.kind())) {
                throw invalid(snapshot, "快照类型不符");
            }
            return new SnapshotContent(kind, entities, inspectors);
        } catch (EOFException e) {
            throw invalid(snapshot, "内容被截断");
        } catch (IOException e) {
            throw invalid(snapshot, "内容无法读取：" + e.getMessage());
        }
    }

    private static DomainProblem invalid(ConfirmedSnapshot snapshot, String detail) {
        return new DomainProblem(ProblemKind.CONFLICT, "DRAW_SNAPSHOT_CONTENT_INVALID", "快照内容校验未通过",
                "快照 " + snapshot.snapshotId() + "：" + detail);
    }

    private static String str(DataInputStream in) throws IOException {
        int length = in.readInt();
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }

    private static List<String> strs(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(str(in));
        }
        return values;
    }
}
