package cn.shuangsuiji.drawprotocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 失败的可核验编码 (issue 11): a failed draw's result hash covers no free text — the failure detail is a fixed
 * function of structured values (docs/draw-protocol.md §10.1). The hash is recomputed here from the spec alone
 * (an independent byte writer, not {@link Canonical}) and pinned as the spec's vector; a failed draw from the
 * engine matches the template of its code.
 */
class FailureEncodingTest {

    @Test
    void theFailedResultHashFollowsTheSpecByteForByte() throws Exception {
        Hash32 ch = Hash32.fromHex("11".repeat(32));
        Hash32 seed = Hash32.fromHex("22".repeat(32));
        DrawFailure f = DrawFailure.noTeamInDepartment("91110108MA01ABCD2X", "QY-GAJ", 1, 2);
        assertThat(f.detail()).isEqualTo("department QY-GAJ has 1 eligible inspector(s) for target 91110108MA01ABCD2X,"
                + " needs 2");
        DrawResult r = new DrawResult(ch, seed, DrawStatus.FAILED, f, List.of(), List.of(), List.of());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        str(out, "ssj.result");
        out.write(ch.bytes());
        out.write(seed.bytes());
        str(out, "FAILED");
        str(out, "NO_TEAM");
        str(out, "91110108MA01ABCD2X");
        str(out, "QY-GAJ");
        str(out, "department QY-GAJ has 1 eligible inspector(s) for target 91110108MA01ABCD2X, needs 2");
        u32(out, 0); // strata
        u32(out, 0); // selected
        u32(out, 0); // teams
        String stranger = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray()));

        assertThat(r.hash().hex()).isEqualTo(stranger).isEqualTo(SpecVector.FAILED_RESULT_HASH);
        assertThat(DrawFailure.noTeamTooSmall("T-1", 1, 2).detail())
                .isEqualTo("only 1 eligible inspector(s) for target T-1, a team needs 2");
    }

    @Test
    void aFailedDrawOfTheEngineUsesTheTemplateOfItsCode() {
        CandidateTable t = Fixtures.table(Fixtures.rows(50, "A"), 0);
        DrawInputs single = Fixtures.inputs(t, new InspectorPool(List.of(Fixtures.inspector("SC-1",
                        Fixtures.LEAD, "LIC"))), ConflictSet.empty(), List.of(Fixtures.LEAD),
                List.of(StratumQuota.count("A", 1)), DrawPolicy.defaults());
        DrawResult r = new DrawEngine().draw(single, Fixtures.seedInputs());
        assertThat(r.status()).isEqualTo(DrawStatus.FAILED);
        assertThat(r.failure()).isEqualTo(DrawFailure.noTeamTooSmall(r.failure().target(), 1, 2));
    }

    private static void str(ByteArrayOutputStream out, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        u32(out, b.length);
        out.writeBytes(b);
    }

    private static void u32(ByteArrayOutputStream out, int v) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(v).array());
    }

    /** The vector of docs/draw-protocol.md §14. */
    static final class SpecVector {
        static final String FAILED_RESULT_HASH = "1123f54653bc7c2457ba018898585979bc31b2e5f67eecfac07374177ffba9fe";
    }
}
