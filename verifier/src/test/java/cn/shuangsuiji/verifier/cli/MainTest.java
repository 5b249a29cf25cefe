package cn.shuangsuiji.verifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.shuangsuiji.drawprotocol.rfc3797.Rfc3797;

class MainTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void verifyAndCheckEntityOnADemoBundle() throws Exception {
        Path bundle = dir.resolve("bundle.json");
        assertThat(run("demo", bundle.toString()).code()).isZero();
        Run ok = run("verify", bundle.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("OK").contains("WARNING: this draw uses the DEMO beacon");

        String json = Files.readString(bundle);
        int at = json.indexOf("\"selected\"");
        int key = json.indexOf("\"key\" : \"", at) + 9;
        String tampered = json.substring(0, key) + "f" + json.substring(key + 1);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, tampered);
        Run mismatch = run("verify", bad.toString());
        assertThat(mismatch.code()).isEqualTo(1);
        assertThat(mismatch.out()).contains("MISMATCH:");
        // issue 11: the run that reports the selection differs must not also say it was recomputed as stated
        assertThat(mismatch.out()).contains("selected targets differ").doesNotContain("selection recomputed")
                .doesNotContainPattern("(?m)^OK$");
        assertThat(ok.out()).contains("checked: selection recomputed");

        Run entity = run("check-entity", bundle.toString(), "91130634MA00000000");
        assertThat(entity.code()).isZero();
        assertThat(entity.out()).contains("in snapshot: yes").contains("key:").contains("threshold:");
    }

    @Test
    void rfc3797Command() throws Exception {
        Path list = dir.resolve("pool.txt");
        Files.write(list, Rfc3797.RFC_EXAMPLE_POOL);
        Path sources = dir.resolve("sources.txt");
        Files.write(sources, List.of("# RFC 3797 section 6", "9319", "2 5 12 8 10", "9 18 26 34 41 45"));
        Run r = run("rfc3797", list.toString(), sources.toString(), "10");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("key string: 9319./2.5.8.10.12./9.18.26.34.41.45./");
        assertThat(r.out()).containsSubsequence("Lee", "Doc", "Mary", "Charity", "Kasczynski", "Envy", "Sneazy", "Anger",
                "Chastity", "Pandora");
        assertThat(r.out()).contains("   17  Lee");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run().code()).isEqualTo(2);
        assertThat(run("verify").code()).isEqualTo(2);
        assertThat(run("verify", dir.resolve("missing.json").toString()).code()).isEqualTo(2);
    }
}
