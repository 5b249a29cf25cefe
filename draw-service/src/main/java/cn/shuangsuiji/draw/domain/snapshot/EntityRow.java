package cn.shuangsuiji.draw.domain.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * 检查对象快照记录（流式视图） — one entity record of a snapshot as the streaming reader sees it: the id and the
 * party keys as byte ranges of the record buffer, the low-cardinality codes (object type, region, industry, credit
 * class, tags) as shared dictionary strings. One instance is reused for every record of a stream, so reading a
 * snapshot allocates no object per record; the fields are valid until the next record.
 */
public final class EntityRow {
    byte[] buf = new byte[256];
    int idOff;
    int idLen;
    String objectType;
    String regionCode;
    String industry;
    String creditClass;
    String[] tags = new String[8];
    int tagCount;
    int[] keyOff = new int[8];
    int[] keyLen = new int[8];
    int keyCount;
    /** False for records written before party keys existed: their party key is the key of the USCC. */
    boolean keysPresent;
    int usccOff;
    int usccLen;

    EntityRow() {
    }

    /** A row over one decoded record (the object-per-record path, and tests). */
    public static EntityRow of(EntityRecord e) {
        EntityRow row = new EntityRow();
        byte[] id = e.id().getBytes(StandardCharsets.UTF_8);
        List<byte[]> keys = e.partyKeys().stream().map(k -> k.getBytes(StandardCharsets.UTF_8)).toList();
        int size = id.length + keys.stream().mapToInt(k -> k.length).sum();
        row.buf = new byte[Math.max(1, size)];
        System.arraycopy(id, 0, row.buf, 0, id.length);
        row.idOff = 0;
        row.idLen = id.length;
        row.objectType = e.objectType();
        row.regionCode = e.regionCode();
        row.industry = e.industry();
        row.creditClass = e.creditClass();
        row.tags = e.tags().toArray(new String[0]);
        row.tagCount = row.tags.length;
        row.keyOff = new int[keys.size()];
        row.keyLen = new int[keys.size()];
        int p = id.length;
        for (int i = 0; i < keys.size(); i++) {
            System.arraycopy(keys.get(i), 0, row.buf, p, keys.get(i).length);
            row.keyOff[i] = p;
            row.keyLen[i] = keys.get(i).length;
            p += keys.get(i).length;
        }
        row.keyCount = keys.size();
        row.keysPresent = true;
        return row;
    }

    /** The id as a string (allocates: only for the rare id-list checks). */
    public String id() {
        return new String(buf, idOff, idLen, StandardCharsets.UTF_8);
    }

    /** The record buffer holding the id and the party keys. */
    public byte[] buffer() {
        return buf;
    }

    public int idOffset() {
        return idOff;
    }

    public int idLength() {
        return idLen;
    }

    public String objectType() {
        return objectType;
    }

    public String regionCode() {
        return regionCode;
    }

    public String industry() {
        return industry;
    }

    public String creditClass() {
        return creditClass;
    }

    /** Whether one of the row's tags is in {@code wanted}. */
    public boolean hasAnyTag(List<String> wanted) {
        for (int i = 0; i < tagCount; i++) {
            if (wanted.contains(tags[i])) {
                return true;
            }
        }
        return false;
    }

    /** Number of party keys (回避, hex SHA-256) the record carries; see {@link #partyKeysPresent()}. */
    public int partyKeyCount() {
        return keyCount;
    }

    public int partyKeyOffset(int i) {
        return keyOff[i];
    }

    public int partyKeyLength(int i) {
        return keyLen[i];
    }

    /** False for a record of the older format, whose only party key is the key of its USCC. */
    public boolean partyKeysPresent() {
        return keysPresent;
    }

    /** The USCC of an older-format record (allocates; only needed when declared relations exist). */
    public String uscc() {
        return new String(buf, usccOff, usccLen, StandardCharsets.UTF_8);
    }

    void clearLists() {
        tagCount = 0;
        keyCount = 0;
    }

    void addTag(String tag) {
        if (tagCount == tags.length) {
            tags = Arrays.copyOf(tags, tagCount * 2);
        }
        tags[tagCount++] = tag;
    }

    void addKey(int off, int len) {
        if (keyCount == keyOff.length) {
            keyOff = Arrays.copyOf(keyOff, keyCount * 2);
            keyLen = Arrays.copyOf(keyLen, keyCount * 2);
        }
        keyOff[keyCount] = off;
        keyLen[keyCount++] = len;
    }
}
