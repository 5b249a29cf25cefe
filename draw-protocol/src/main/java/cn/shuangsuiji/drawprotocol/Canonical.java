package cn.shuangsuiji.drawprotocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collection;
import java.util.function.BiConsumer;

/**
 * 规范编码 — the canonical byte encoding of docs/draw-protocol.md §2: big-endian fixed-width
 * integers, length-prefixed UTF-8 strings and byte strings, count-prefixed lists, raw 32-byte hashes.
 * A writer that grows as needed; reusable through {@link #reset()}.
 */
public final class Canonical {
    private static final int FLUSH_AT = 1 << 16;

    private byte[] buf;
    private int len;
    private MessageDigest sink;

    public Canonical() {
        this(256);
    }

    public Canonical(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    /**
     * A writer that streams into SHA-256 instead of keeping the bytes: only {@link #sha256()} may be
     * called at the end. For large encodings (a result with hundreds of thousands of targets).
     */
    public static Canonical hashing() {
        Canonical c = new Canonical(FLUSH_AT + 1024);
        c.sink = Sha256.newDigest();
        return c;
    }

    public Canonical reset() {
        len = 0;
        if (sink != null) {
            sink.reset();
        }
        return this;
    }

    private void ensure(int more) {
        if (sink != null && len + more > FLUSH_AT) {
            sink.update(buf, 0, len);
            len = 0;
        }
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    /** {@code u8}: one byte. */
    public Canonical u8(int v) {
        ensure(1);
        buf[len++] = (byte) v;
        return this;
    }

    /** {@code u32}: 4 bytes big-endian, 0..2^32-1. */
    public Canonical u32(long v) {
        if (v < 0 || v > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("u32 out of range: " + v);
        }
        ensure(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
        return this;
    }

    /** {@code u64}: 8 bytes big-endian, the bits of {@code v} read as unsigned. */
    public Canonical u64(long v) {
        ensure(8);
        for (int s = 56; s >= 0; s -= 8) {
            buf[len++] = (byte) (v >>> s);
        }
        return this;
    }

    /** {@code bool}: 0x00 or 0x01. */
    public Canonical bool(boolean b) {
        return u8(b ? 1 : 0);
    }

    /** {@code bytes}: u32 length then the bytes. */
    public Canonical bytes(byte[] b) {
        u32(b.length);
        return raw(b, 0, b.length);
    }

    /** {@code str}: u32 byte length then the UTF-8 bytes. */
    public Canonical str(String s) {
        int n = s.length();
        if (n <= 256) {
            ensure(4 + n);
            int start = len;
            boolean ascii = true;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    ascii = false;
                    break;
                }
                buf[start + 4 + i] = (byte) c;
            }
            if (ascii) {
                u32(n);
                len += n;
                return this;
            }
            len = start;
        }
        return bytes(s.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code str} of bytes that already are UTF-8. */
    public Canonical strUtf8(byte[] utf8, int off, int n) {
        u32(n);
        return raw(utf8, off, n);
    }

    /** {@code h32}: the 32 bytes, no length prefix. */
    public Canonical h32(Hash32 h) {
        return raw(h.raw(), 0, 32);
    }

    /** Raw bytes, no prefix. */
    public Canonical raw(byte[] b, int off, int n) {
        ensure(n);
        System.arraycopy(b, off, buf, len, n);
        len += n;
        return this;
    }

    /** {@code list(T)}: u32 count then each element. */
    public <T> Canonical list(Collection<T> items, BiConsumer<Canonical, T> element) {
        u32(items.size());
        for (T t : items) {
            element.accept(this, t);
        }
        return this;
    }

    /** A list of strings. */
    public Canonical strList(Collection<String> items) {
        return list(items, Canonical::str);
    }

    public int length() {
        return len;
    }

    /** The internal buffer; only the first {@link #length()} bytes are meaningful. */
    byte[] buffer() {
        return buf;
    }

    public byte[] toByteArray() {
        if (sink != null) {
            throw new IllegalStateException("a hashing writer keeps no bytes");
        }
        return Arrays.copyOf(buf, len);
    }

    /** SHA-256 of the bytes written so far. */
    public Hash32 sha256() {
        var md = sink != null ? sink : Sha256.newDigest();
        md.update(buf, 0, len);
        Hash32 h = Hash32.of(md.digest());
        len = 0;
        return h;
    }
}
