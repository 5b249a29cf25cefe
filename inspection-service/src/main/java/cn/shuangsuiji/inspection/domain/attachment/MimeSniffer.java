package cn.shuangsuiji.inspection.domain.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * 文件类型识别 — the MIME type of an attachment, read from its first bytes (magic numbers), never from the
 * client's claim. Knows the photo, audio, video and document types inspections use; anything else is
 * {@code application/octet-stream}.
 */
public final class MimeSniffer {

    /** Bytes to look at. */
    public static final int HEAD = 32;

    private MimeSniffer() {
    }

    public static String sniff(byte[] head, int length) {
        byte[] b = Arrays.copyOf(head, Math.max(0, Math.min(length, head.length)));
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (text(b, 0, "GIF87a") || text(b, 0, "GIF89a")) {
            return "image/gif";
        }
        if (text(b, 0, "%PDF-")) {
            return "application/pdf";
        }
        if (text(b, 0, "RIFF") && text(b, 8, "WAVE")) {
            return "audio/wav";
        }
        if (text(b, 0, "RIFF") && text(b, 8, "WEBP")) {
            return "image/webp";
        }
        if (text(b, 0, "#!AMR")) {
            return "audio/amr";
        }
        if (text(b, 0, "ID3") || (b.length > 1 && (b[0] & 0xFF) == 0xFF && ((b[1] & 0xE0) == 0xE0))) {
            return "audio/mpeg";
        }
        if (text(b, 4, "ftyp")) {
            String brand = b.length >= 12 ? new String(b, 8, 4, StandardCharsets.ISO_8859_1) : "";
            if (brand.startsWith("M4A")) {
                return "audio/mp4";
            }
            if (brand.startsWith("heic") || brand.startsWith("heix") || brand.startsWith("mif1")) {
                return "image/heic";
            }
            if (brand.startsWith("qt")) {
                return "video/quicktime";
            }
            return "video/mp4";
        }
        if (starts(b, 'P', 'K', 0x03, 0x04)) {
            return "application/zip";
        }
        return "application/octet-stream";
    }

    private static boolean starts(byte[] b, int... expected) {
        if (b.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((b[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean text(byte[] b, int offset, String expected) {
        byte[] e = expected.getBytes(StandardCharsets.ISO_8859_1);
        if (b.length < offset + e.length) {
            return false;
        }
        return Arrays.equals(b, offset, offset + e.length, e, 0, e.length);
    }
}
