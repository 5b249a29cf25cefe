package cn.shuangsuiji.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The walkthrough as a document (no servers): the README links it, its bash blocks are found in order and form a
 * syntactically valid script, and it covers every step of the main job. {@link WholeJobIT} runs it for real.
 */
class WalkthroughDocumentTest {

    private static final Path ROOT = Path.of(System.getProperty("ssj.repo.root", ".."));

    @Test
    void theReadmeLinksTheWalkthrough() throws Exception {
        assertThat(Files.readString(ROOT.resolve("README.md"))).contains("(docs/walkthrough.md)");
    }

    @Test
    void itsBashBlocksFormOneValidScriptCoveringTheMainJob() throws Exception {
        String markdown = Files.readString(ROOT.resolve(WalkthroughRunner.DOCUMENT), StandardCharsets.UTF_8);
        List<String> blocks = WalkthroughRunner.bashBlocks(markdown);
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(10);
        assertThat(blocks.get(0)).contains("GW=").contains("SSJ_ISSUER=");
        String script = String.join("", blocks);
        assertThat(script).contains("deploy/token.sh", "/api/registry/entities", "/api/registry/inspectors",
                "/api/registry/items", "/api/registry/snapshots", "/api/planning/plans", "/approve", "/publish",
                "/api/draws", "/reveals", "/execute", "/bundle", "ssj-verifier.jar verify", "/api/inspections/",
                "If-Match", "/api/public/results?uscc=");
        assertThat(markdown).contains("drand", "quicknet", "DEMO beacon");

        Path file = Files.createTempFile("walkthrough", ".sh");
        try {
            Files.writeString(file, script, StandardCharsets.UTF_8);
            Process check = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
            assertThat(check.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(check.exitValue()).as(new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                    .isZero();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void blocksAreFoundInOrderAndOtherFencesIgnored() {
        String markdown = "text\n```bash\necho one\n```\n```text\nnot run\n```\n```bash\necho two\n```\n";
        assertThat(WalkthroughRunner.bashBlocks(markdown)).containsExactly("echo one\n", "echo two\n");
    }
}
