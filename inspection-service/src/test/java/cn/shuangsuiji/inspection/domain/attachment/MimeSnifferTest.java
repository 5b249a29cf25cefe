package cn.shuangsuiji.inspection.domain.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MimeSnifferTest {

    private static String sniff(byte[] bytes) {
        return MimeSniffer.sniff(bytes, bytes.length);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    @Test
    void knowsPhotosRecordingsVideosAndDocumentsByTheirFirstBytes() {
        assertThat(sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0))).isEqualTo("image/jpeg");
        assertThat(sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).isEqualTo("image/png");
        assertThat(sniff("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("application/pdf");
        assertThat(sniff("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("audio/wav");
        assertThat(sniff("#!AMR\n".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("audio/amr");
        assertThat(sniff("ID3\u0004\0".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("audio/mpeg");
        assertThat(sniff("\0\0\0\u0018ftypisom\0\0".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("video/mp4");
        assertThat(sniff("\0\0\0\u0018ftypM4A \0\0".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("audio/mp4");
        assertThat(sniff("\0\0\0\u0018ftypheic\0\0".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("image/heic");
        assertThat(sniff("\0\0\0\u0014ftypqt  \0\0".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo("video/quicktime");
    }

    @Test
    void anythingElseIsUnknownWhateverItsNameSays() {
        assertThat(sniff("<html><script>".getBytes(StandardCharsets.UTF_8))).isEqualTo("application/octet-stream");
        assertThat(sniff(new byte[0])).isEqualTo("application/octet-stream");
        assertThat(sniff(bytes(0xFF))).isEqualTo("application/octet-stream");
        assertThat(sniff(bytes('M', 'Z', 0x90, 0))).isEqualTo("application/octet-stream");
    }
}
