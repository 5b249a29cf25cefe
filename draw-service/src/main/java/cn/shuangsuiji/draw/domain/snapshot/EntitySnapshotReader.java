package cn.shuangsuiji.draw.domain.snapshot;

import cn.shuangsuiji.drawprotocol.Hash32;
import cn.shuangsuiji.drawprotocol.Merkle;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * 快照内容流式读取 — reads an entity snapshot's content ({@code ssj-registry-snapshot-v1+gzip}) from a stream,
 * record by record, handing each to a sink as one reused {@link EntityRow}: no object per record, memory
 * independent of the snapshot's size. While reading it computes the content's SHA-256 and the records' Merkle root
 * ({@link Merkle.Builder}) and at the end checks both and the record count against the confirmation event (S1 11);
 * a mismatch refuses with DRAW_SNAPSHOT_CONTENT_INVALID after the sink has seen the records, so the caller keeps
 * nothing it built before {@link #read} returns.
 */
public final class EntitySnapshotReader {

    private static final String MAGIC = "SSJSNAP1";
    private static final long TRAILER = 0xFFFFFFFFL;
    private static final byte[] ENTITY_TAG_BYTES = "ssj.registry.entity.v1".getBytes(StandardCharsets.US_ASCII);
    /** Largest record accepted (an entity record is a few hundred bytes). */
    private static final int MAX_RECORD = 1 << 20;

    private final Utf8Dictionary codes = new Utf8Dictionary();
    private final EntityRow row = new EntityRow();
    /** Read position inside the current record. */
    private int pos;

    private EntitySnapshotReader() {
    }

    /** Streams the records of {@code content} into {@code sink}; returns the number of records. */
    public static long read(InputStream content, ConfirmedSnapshot snapshot, Consumer<EntityRow> sink) {
        return new EntitySnapshotReader().run(content, snapshot, sink);
    }

    private long run(InputStream content, ConfirmedSnapshot snapshot, Consumer<EntityRow> sink) {
        if (!ConfirmedSnapshot.ENTITIES.equals(snapshot.kind())) {
            throw invalid(snapshot, "快照类型不符");
        }
        DigestInputStream digest = new DigestInputStream(new FilterInputStream(content) {
            @Override
            public void close() {
                // the caller owns the stream
            }
        }, sha256());
        Merkle.Builder merkle = new Merkle.Builder();
        // buffered after the inflater: each record's length is an int DataInputStream reads byte by byte, and every
        // byte read from GZIPInputStream itself is a native inflate call
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(digest, 1 << 16),
                1 << 16))) {
            byte[] magic = in.readNBytes(8);
            if (!MAGIC.equals(new String(magic, StandardCharsets.US_ASCII))) {
                throw invalid(snapshot, "格式标识不符");
            }
            int kindLength = in.readInt();
            if (kindLength < 0 || kindLength > 256) {
                throw invalid(snapshot, "格式标识不符");
            }
            String kind = new String(in.readNBytes(kindLength), StandardCharsets.UTF_8);
            if (!kind.equals(snapshot.kind())) {
                throw invalid(snapshot, "快照类型不符");
            }
            while (true) {
                long length = Integer.toUnsignedLong(in.readInt());
                if (length == TRAILER) {
                    break;
                }
                if (length > MAX_RECORD) {
                    throw invalid(snapshot, "记录过长");
                }
                int len = (int) length;
                if (row.buf.length < len) {
                    row.buf = new byte[Math.max(len, row.buf.length * 2)];
                }
                in.readFully(row.buf, 0, len);
                merkle.add(row.buf, 0, len);
                parse(len, snapshot);
                sink.accept(row);
            }
            long count = in.readLong();
            byte[] root = in.readNBytes(32);
            in.transferTo(OutputStream.nullOutputStream());
            digest.transferTo(OutputStream.nullOutputStream());
            String sha = Hash32.of(digest.getMessageDigest().digest()).hex();
            if (snapshot.contentSha256() != null && !sha.equalsIgnoreCase(snapshot.contentSha256())) {
                throw invalid(snapshot, "内容 SHA-256 " + sha + " 与确认事件中的 " + snapshot.contentSha256() + " 不符");
            }
            String computed = merkle.root().hex();
            if (root.length != 32 || count != merkle.count() || !computed.equals(Hash32.of(root).hex())
                    || (snapshot.merkleRoot() != null && !computed.equalsIgnoreCase(snapshot.merkleRoot()))) {
                throw invalid(snapshot, "记录数或默克尔根与确认事件不符");
            }
            return count;
        } catch (EOFException e) {
            throw invalid(snapshot, "内容被截断");
        } catch (IOException e) {
            throw invalid(snapshot, "内容无法读取：" + e.getMessage());
        }
    }

    /** Decodes record {@code buf[0, len)} into the row (offsets into the buffer, dictionary codes). */
    private void parse(int len, ConfirmedSnapshot snapshot) {
        byte[] b = row.buf;
        pos = 0;
        int tagLen = length(b, len, snapshot);
        if (!java.util.Arrays.equals(b, pos, pos + tagLen, ENTITY_TAG_BYTES, 0, ENTITY_TAG_BYTES.length)) {
            throw invalid(snapshot, "未知记录类型 " + new String(b, pos, tagLen, StandardCharsets.UTF_8));
        }
        pos += tagLen;
        row.idLen = length(b, len, snapshot);
        row.idOff = pos;
        pos += row.idLen;
        row.objectType = code(b, len, snapshot);
        row.regionCode = code(b, len, snapshot);
        row.industry = code(b, len, snapshot);
        row.creditClass = code(b, len, snapshot);
        skip(b, len, snapshot); // status
        row.clearLists();
        int tags = count(b, len, snapshot);
        for (int i = 0; i < tags; i++) {
            row.addTag(code(b, len, snapshot));
        }
        if (pos + 1 > len) {
            throw invalid(snapshot, "记录格式错误");
        }
        pos++; // flags
        row.usccLen = length(b, len, snapshot);
        row.usccOff = pos;
        pos += row.usccLen;
        skip(b, len, snapshot); // legal representative
        row.keysPresent = pos < len;
        if (row.keysPresent) {
            int keys = count(b, len, snapshot);
            for (int i = 0; i < keys; i++) {
                int kl = length(b, len, snapshot);
                row.addKey(pos, kl);
                pos += kl;
            }
        }
    }

    private String code(byte[] b, int len, ConfirmedSnapshot snapshot) {
        int l = length(b, len, snapshot);
        String s = codes.get(b, pos, l);
        pos += l;
        return s;
    }

    private void skip(byte[] b, int len, ConfirmedSnapshot snapshot) {
        int l = length(b, len, snapshot); // (not "pos += length(..)": that would add to the old pos)
        pos += l;
    }

    private int count(byte[] b, int len, ConfirmedSnapshot snapshot) {
        int c = u32(b, len, snapshot);
        if (c < 0 || c > len) {
            throw invalid(snapshot, "记录格式错误");
        }
        return c;
    }

    /** A length prefix whose bytes lie inside the record. */
    private int length(byte[] b, int len, ConfirmedSnapshot snapshot) {
        int l = u32(b, len, snapshot);
        if (l < 0 || pos + l > len) {
            throw invalid(snapshot, "记录格式错误");
        }
        return l;
    }

    private int u32(byte[] b, int len, ConfirmedSnapshot snapshot) {
        int i = pos;
        if (i + 4 > len) {
            throw invalid(snapshot, "记录格式错误");
        }
        pos = i + 4;
        return (b[i] & 0xFF) << 24 | (b[i + 1] & 0xFF) << 16 | (b[i + 2] & 0xFF) << 8 | (b[i + 3] & 0xFF);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DomainProblem invalid(ConfirmedSnapshot snapshot, String detail) {
        return new DomainProblem(ProblemKind.CONFLICT, "DRAW_SNAPSHOT_CONTENT_INVALID", "快照内容校验未通过",
                "快照 " + snapshot.snapshotId() + "：" + detail);
    }
}
