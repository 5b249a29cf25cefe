package cn.shuangsuiji.verifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import cn.shuangsuiji.drawprotocol.bundle.SampleDraw;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 through the command line: a swapped source value with everything downstream recomputed (seed, result,
 * EXECUTE, chain) exits 1 with the pinned-source rule named, and no step that failed is printed as checked or OK.
 */
class CliTamperTest {

    private static final String OK_LINE = "(?m)^OK$";

    private record Run(int code, String out) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aSwappedSourceValueWithEverythingRecomputedFailsAndNothingFailedIsPrintedAsChecked(@TempDir Path dir)
            throws Exception {
        Path honest = dir.resolve("honest.json");
        BundleCodec.write(SampleDraw.bundle(), honest);
        Run ok = run("verify", honest.toString());
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out()).containsPattern(OK_LINE).contains("checked: log chain intact");

        Bundle swapped = SampleDraw.bundle(SampleDraw.SOURCE_VALUE, "1 2 3 4 5 6 7", SampleDraw.SOURCE_AT);
        Path forged = dir.resolve("swapped.json");
        BundleCodec.write(swapped, forged);
        Run caught = run("verify", forged.toString());
        assertThat(caught.code()).as(caught.out()).isEqualTo(1);
        assertThat(caught.out()).contains("MISMATCH:").contains("pinned-source rule")
                .doesNotContainPattern(OK_LINE);
        // every line is either a check that passed, a warning, or a failure — never a pass and a failure of one step
        for (String line : caught.out().lines().toList()) {
            assertThat(line).matches("(checked|WARNING|MISMATCH|FAILED): .*");
        }
    }
}
