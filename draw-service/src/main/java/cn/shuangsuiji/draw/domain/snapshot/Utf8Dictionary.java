package cn.shuangsuiji.draw.domain.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Shares one string per distinct UTF-8 byte sequence (codes of object types, regions, industries, credit classes,
 * tags), so decoding a code that was seen before allocates nothing. Open addressing over the bytes; past
 * {@link #LIMIT} distinct values it stops remembering new ones (they are decoded each time), which bounds its memory.
 */
final class Utf8Dictionary {
    static final int LIMIT = 1 << 16;

    private byte[][] keys = new byte[1024][];
    private String[] values = new String[1024];
    private int size;

    String get(byte[] b, int off, int len) {
        if (len == 0) {
            return "";
        }
        int h = hash(b, off, len);
        int mask = keys.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            byte[] k = keys[i];
            if (k == null) {
                String s = new String(b, off, len, StandardCharsets.UTF_8);
                if (size < LIMIT) {
                    keys[i] = Arrays.copyOfRange(b, off, off + len);
                    values[i] = s;
                    if (++size * 2 > keys.length) {
                        grow();
                    }
                }
                return s;
            }
            if (k.length == len && Arrays.equals(k, 0, len, b, off, off + len)) {
                return values[i];
            }
        }
    }

    private static int hash(byte[] b, int off, int len) {
        int h = 0x811C9DC5;
        for (int i = off; i < off + len; i++) {
            h = (h ^ b[i]) * 0x01000193;
        }
        return h ^ (h >>> 16);
    }

    private void grow() {
        byte[][] oldKeys = keys;
        String[] oldValues = values;
        keys = new byte[oldKeys.length * 2][];
        values = new String[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = hash(oldKeys[j], 0, oldKeys[j].length) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
