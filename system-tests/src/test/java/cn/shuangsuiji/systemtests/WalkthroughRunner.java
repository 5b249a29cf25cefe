package cn.shuangsuiji.systemtests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs docs/walkthrough.md as written: its fenced {@code bash} blocks, in order, in one bash session with
 * {@code set -euo pipefail} (so any refused call or failed {@code test} line ends the run), from the repository root,
 * against a running platform ({@code SSJ_GATEWAY_URL}, {@code SSJ_ISSUER}, which the walkthrough's first block reads).
 * Before each block the script prints a marker, so a failure names the block.
 */
final class WalkthroughRunner {

    static final String DOCUMENT = "docs/walkthrough.md";

    private WalkthroughRunner() {
    }

    /** The result of one run. */
    record Outcome(int exitCode, int blocks, long seconds, String output) {
    }

    /** The fenced bash blocks of the document, in order. */
    static List<String> bashBlocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = null;
        for (String line : markdown.split("\n", -1)) {
            if (current == null && line.strip().equals("```bash")) {
                current = new StringBuilder();
            } else if (current != null && line.strip().equals("```")) {
                blocks.add(current.toString());
                current = null;
            } else if (current != null) {
                current.append(line).append('\n');
            }
        }
        if (current != null) {
            throw new IllegalStateException("unterminated ```bash block in " + DOCUMENT);
        }
        return blocks;
    }

    static Outcome run(Path repoRoot, String gatewayUrl, String issuer, Path workDir) throws IOException,
            InterruptedException {
        List<String> blocks = bashBlocks(Files.readString(repoRoot.resolve(DOCUMENT), StandardCharsets.UTF_8));
        StringBuilder script = new StringBuilder("set -euo pipefail\n");
        for (int i = 0; i < blocks.size(); i++) {
            script.append("echo '### walkthrough block ").append(i + 1).append(" of ").append(blocks.size())
                    .append("'\n").append(blocks.get(i));
        }
        script.append("echo '### walkthrough done'\n");
        Files.createDirectories(workDir);
        Path file = workDir.resolve("walkthrough.sh").toAbsolutePath();
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Path log = workDir.resolve("walkthrough.log").toAbsolutePath();
        ProcessBuilder bash = new ProcessBuilder("bash", file.toString()).directory(repoRoot.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        bash.environment().put("SSJ_GATEWAY_URL", gatewayUrl);
        bash.environment().put("SSJ_ISSUER", issuer);
        bash.environment().put("TMPDIR", workDir.toAbsolutePath().toString());
        Instant start = Instant.now();
        Process process = bash.start();
        if (!process.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        int exit = process.isAlive() ? -1 : process.exitValue();
        return new Outcome(exit, blocks.size(), Duration.between(start, Instant.now()).toSeconds(),
                Files.readString(log, StandardCharsets.UTF_8));
    }
}
