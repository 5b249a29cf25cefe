package cn.shuangsuiji.drawprotocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * 规范解码 — reads what {@link Canonical} writes (docs/draw-protocol.md §2): big-endian integers, length-prefixed
 * UTF-8 strings, count-prefixed lists. A truncated or overlong input is an {@link IllegalArgumentException}.
 */
public final class CanonicalReader {

    private final byte[] data;
    private int pos;
    private final int end;

    public CanonicalReader(byte[] data) {
        this(data, 0, data.length);
    }

    public CanonicalReader(byte[] data, int off, int len) {
        this.data = data;
        this.pos = off;
        this.end = off + len;
    }

    private void need(long n) {
        if (n < 0 || pos + n > end) {
            throw new IllegalArgumentException("canonical input truncated at byte " + pos);
        }
    }

    public int u8() {
        need(1);
        return data[pos++] & 0xFF;
    }

    public long u32() {
        need(4);
        long v = ((long) (data[pos] & 0xFF) << 24) | ((data[pos + 1] & 0xFF) << 16) | ((data[pos + 2] & 0xFF) << 8)
                | (data[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    public long u64() {
        long high = u32();
        return (high << 32) | u32();
    }

    public boolean bool() {
        int b = u8();
        if (b > 1) {
            throw new IllegalArgumentException("bool is not 0 or 1: " + b);
        }
        return b == 1;
    }

    public String str() {
        long n = u32();
        need(n);
        String s = new String(data, pos, (int) n, StandardCharsets.UTF_8);
        pos += (int) n;
        return s;
    }

    /** A {@code list(str)}. */
    public List<String> strList() {
        long n = u32();
        need(n * 4);
        List<String> values = new ArrayList<>((int) n);
        for (long i = 0; i < n; i++) {
            values.add(str());
        }
        return values;
    }

    /** {@code n} raw bytes. */
    public byte[] raw(int n) {
        need(n);
        byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return b;
    }

    /** Bytes left unread. */
    public int remaining() {
        return end - pos;
    }
}
