package cn.shuangsuiji.drawprotocol.tlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.shuangsuiji.drawprotocol.Hash32;

class SignedNoteTest {
    private static final HexFormat HEX = HexFormat.of();

    @Test
    void ed25519ReproducesRfc8032Tests1And2() {
        byte[] sk1 = SpecLog.LOG_PRIVATE_KEY;
        assertThat(HEX.formatHex(Ed25519.publicKey(sk1)))
                .isEqualTo("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        assertThat(HEX.formatHex(Ed25519.sign(sk1, new byte[0]))).isEqualTo(
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5"
                        + "f0595bbe24655141438e7a100b");
        byte[] sk2 = SpecLog.WITNESS_PRIVATE_KEY;
        byte[] pk2 = Ed25519.publicKey(sk2);
        assertThat(HEX.formatHex(pk2)).isEqualTo("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c");
        byte[] sig2 = Ed25519.sign(sk2, new byte[] {0x72});
        assertThat(HEX.formatHex(sig2)).isEqualTo(
                "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2e"
                        + "aeb4302aeeb00d291612bb0c00");
        assertThat(Ed25519.verify(pk2, new byte[] {0x72}, sig2)).isTrue();
        assertThat(Ed25519.verify(pk2, new byte[] {0x73}, sig2)).isFalse();
        assertThat(Ed25519.verify(new byte[31], new byte[] {0x72}, sig2)).isFalse();
    }

    @Test
    void keyIdIsTheFirstFourBytesOfTheHashOfNameNewlineTypeAndKey() throws Exception {
        NoteVerifierKey k = SpecLog.logKey().verifierKey();
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update((SpecLog.ORIGIN + "\n").getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0x01);
        md.update(k.publicKey());
        assertThat(k.keyId()).isEqualTo(ByteBuffer.wrap(md.digest()).getInt());
        assertThat(NoteVerifierKey.parse(k.vkey())).isEqualTo(k);
        NoteVerifierKey w = SpecLog.witnessKey().verifierKey();
        assertThat(w.type()).isEqualTo(0x04);
        assertThat(NoteVerifierKey.parse(w.vkey())).isEqualTo(w);
        assertThatThrownBy(() -> NoteVerifierKey.parse(k.vkey().replace("+a26bb822+", "+a26bb823+")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChangedTextOrSignatureFailsAndUnknownKeysAreIgnored() {
        String note = SpecVectorsTest.COSIGNED_CHECKPOINT;
        NoteVerifierKey logKey = NoteVerifierKey.parse(SpecVectorsTest.LOG_VKEY);
        NoteVerifierKey witness = NoteVerifierKey.parse(SpecVectorsTest.WITNESS_VKEY);

        SignedNote changed = SignedNote.parse(note.replace("\n7\n", "\n8\n"));
        assertThat(changed.verify(logKey)).isEqualTo(SignedNote.Verification.FAILED);
        assertThat(changed.verify(witness)).isEqualTo(SignedNote.Verification.FAILED);

        // a key with the same name but another public key has another key ID: its line is not "ours"
        NoteVerifierKey impostor = NoteSigner.ed25519(SpecLog.ORIGIN, Ed25519.newPrivateKey(new SecureRandom()))
                .verifierKey();
        assertThat(SignedNote.parse(note).verify(impostor)).isEqualTo(SignedNote.Verification.ABSENT);

        // a line of the right key with a wrong signature rejects the note even if another line verifies
        SignedNote good = SignedNote.parse(note);
        byte[] sig = good.signatures().get(0).signature();
        sig[0] ^= 1;
        SignedNote twice = good.with(new NoteSignature(SpecLog.ORIGIN, logKey.keyId(), sig));
        assertThat(twice.verify(logKey)).isEqualTo(SignedNote.Verification.FAILED);
        assertThat(SignedNote.parse(twice.format()).signatures()).hasSize(3);
    }

    @Test
    void parsingIsStrict() {
        String ok = SpecVectorsTest.SIGNED_CHECKPOINT;
        assertThat(SignedNote.parse(ok).format()).isEqualTo(ok);
        assertThatThrownBy(() -> SignedNote.parse(ok.substring(0, ok.length() - 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedNote.parse(ok.replace("\u2014 ", "-- ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedNote.parse(ok.replace("time", "ti\tme")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SignedNote.parse(SpecVectorsTest.CHECKPOINT_BODY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checkpoint.parse("o\n07\n" + "2vevvgy1vbI939y15WrnT0WgAeXn8+xDjmyhIjbv4bc=\n"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checkpoint.parse("o\n7\nAAAA\n")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Checkpoint.parse("o\n7\n")).isInstanceOf(IllegalArgumentException.class);
        Checkpoint c = Checkpoint.parse(SpecVectorsTest.CHECKPOINT_BODY);
        assertThat(c.treeSize()).isEqualTo(7);
        assertThat(c.time()).contains(SpecLog.CHECKPOINT_TIME);
        assertThat(c.rootHash()).isEqualTo(Hash32.fromHex(SpecVectorsTest.ROOT7));
    }

    @Test
    void openVerifiesTheLogSignature() {
        NoteVerifierKey logKey = NoteVerifierKey.parse(SpecVectorsTest.LOG_VKEY);
        assertThat(Checkpoint.open(SpecVectorsTest.SIGNED_CHECKPOINT, logKey).treeSize()).isEqualTo(7);
        NoteVerifierKey other = NoteSigner.ed25519("other.example/log", SpecLog.LOG_PRIVATE_KEY).verifierKey();
        assertThatThrownBy(() -> Checkpoint.open(SpecVectorsTest.SIGNED_CHECKPOINT, other))
                .hasMessageContaining("ABSENT");
        assertThatThrownBy(() -> SpecLog.witnessKey().sign("x\n")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> SpecLog.logKey().cosign("x\n", 1)).isInstanceOf(IllegalStateException.class);
        assertThat(SignedNote.of("x\n", List.of()).toString()).isEqualTo("x\n");
    }
}
