package cn.shuangsuiji.registry.domain.snapshot;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * 规范编码 — the canonical byte encoding of snapshot records: big-endian u32 integers, strings as u32 byte
 * length plus UTF-8 bytes (null is the empty string), lists as u32 count plus items, booleans as one byte.
 * Same primitives as the draw protocol's canonical encoding. Reusable through {@link #reset()}.
 */
public final class CanonicalWriter {

    private byte[] buf = new byte[512];
    private int len;

    public CanonicalWriter reset() {
        len = 0;
        return this;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    public CanonicalWriter u8(int v) {
        ensure(1);
        buf[len++] = (byte) v;
        return this;
    }

    public CanonicalWriter u32(long v) {
        ensure(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
        return this;
    }

    public CanonicalWriter str(String s) {
        byte[] bytes = s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
        u32(bytes.length);
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
        return this;
    }

    public CanonicalWriter strs(List<String> values) {
        u32(values.size());
        for (String v : values) {
            str(v);
        }
        return this;
    }

    public CanonicalWriter bool(boolean b) {
        return u8(b ? 1 : 0);
    }

    public byte[] buffer() {
        return buf;
    }

    public int length() {
        return len;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }
}
