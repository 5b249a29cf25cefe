package cn.shuangsuiji.verifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.shuangsuiji.drawprotocol.LogEntry;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import cn.shuangsuiji.drawprotocol.bundle.BundleMapper;
import cn.shuangsuiji.drawprotocol.bundle.SampleDraw;
import cn.shuangsuiji.drawprotocol.tlog.*;

/** The CLI commands checkpoint-verify, consistency and inclusion; none prints OK when a step failed. */
class CliTransparencyTest {
    private static final String OK_LINE = "(?m)^OK$";

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

    private Path write(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void checkpointVerifyChecksTheLogKeyAndEveryWitness() throws Exception {
        Path cosigned = write("cp.txt", SpecVectorsTest.COSIGNED_CHECKPOINT);
        Path keys = write("keys.txt", "# platform and witness\n" + SpecVectorsTest.LOG_VKEY + "\n"
                + SpecVectorsTest.WITNESS_VKEY + "\n");
        Run ok = run("checkpoint-verify", cosigned.toString(), keys.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("tree size 7").contains("signature of log key shuangsuiji.example/draw-log verifies")
                .contains("cosignature of witness witness.example/w1 verifies at 2026-03-02T02:00:05Z")
                .containsPattern(OK_LINE);
        assertThat(run("checkpoint-verify", cosigned.toString(), SpecVectorsTest.LOG_VKEY).code()).isZero();

        Path changed = write("changed.txt", SpecVectorsTest.COSIGNED_CHECKPOINT.replace("\n7\n", "\n70\n"));
        Run bad = run("checkpoint-verify", changed.toString(), keys.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("FAILED: signature of log key").doesNotContainPattern(OK_LINE);

        Path unwitnessed = write("signed.txt", SpecVectorsTest.SIGNED_CHECKPOINT);
        Run missing = run("checkpoint-verify", unwitnessed.toString(), keys.toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.out()).contains("no cosignature of witness").doesNotContainPattern(OK_LINE);

        Run onlyWitness = run("checkpoint-verify", cosigned.toString(), SpecVectorsTest.WITNESS_VKEY);
        assertThat(onlyWitness.code()).isEqualTo(1);
        assertThat(onlyWitness.out()).contains("no log key").doesNotContainPattern(OK_LINE);
    }

    @Test
    void consistencyBetweenTwoCheckpoints() throws Exception {
        TransparencyLog log = SpecLog.log(SpecLog.entries());
        NoteSigner key = SpecLog.logKey();
        Path old = write("old.txt", Checkpoint.at(SpecLog.ORIGIN, 3, log.root(3), SpecLog.CHECKPOINT_TIME).sign(key)
                .format());
        Path now = write("new.txt", SpecVectorsTest.SIGNED_CHECKPOINT);
        Path proof = write("proof.json", ProofJson.toJson(new ConsistencyProof(3, 7, log.consistencyProof(3, 7))));
        assertThat(Files.readString(proof)).isEqualTo("{\"oldSize\":3,\"newSize\":7,\"proof\":[\""
                + String.join("\",\"", SpecVectorsTest.CONSISTENCY_3_7) + "\"]}");
        Run ok = run("consistency", old.toString(), now.toString(), proof.toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("extends").containsPattern(OK_LINE);

        // a rewritten history: the first entry dropped, re-signed at size 3
        TransparencyLog rewritten = SpecLog.log(SpecLog.entries().subList(1, 7));
        Path forgedOld = write("forged.txt", Checkpoint.at(SpecLog.ORIGIN, 3, rewritten.root(3), Instant.EPOCH)
                .sign(key).format());
        Run bad = run("consistency", forgedOld.toString(), now.toString(), proof.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("FAILED: checkpoint").contains("not consistent").doesNotContainPattern(OK_LINE);

        Path wrongSizes = write("wrong.json", "{\"oldSize\":2,\"newSize\":7,\"proof\":[]}");
        assertThat(run("consistency", old.toString(), now.toString(), wrongSizes.toString()).code()).isEqualTo(1);
        Path notJson = write("bad.json", "[1,2]");
        assertThat(run("consistency", old.toString(), now.toString(), notJson.toString()).code()).isEqualTo(2);
    }

    @Test
    void inclusionOfABundleAgainstAKeptCheckpoint() throws Exception {
        Bundle sample = SampleDraw.bundle();
        List<LogEntry> sampleLog = BundleMapper.log(sample.log()).entries();
        List<LogEntry> platform = new java.util.ArrayList<>(SpecLog.entries()); // 7 entries of other draws
        platform.addAll(sampleLog);
        TransparencyLog tree = SpecLog.log(platform);
        List<Long> indexes = java.util.stream.LongStream.range(7, 7 + sampleLog.size()).boxed().toList();
        NoteSigner key = SpecLog.logKey();
        SignedNote latest = Checkpoint.at(SpecLog.ORIGIN, tree.size(), tree.root(), SpecLog.CHECKPOINT_TIME).sign(key);
        Path bundle = dir.resolve("bundle.json");
        BundleCodec.write(sample.withTransparency(BundleProofs.section(tree, indexes, latest)), bundle);
        Path kept = write("kept.txt", SpecVectorsTest.SIGNED_CHECKPOINT); // size 7, before the sample draw
        Path proof = write("proof.json", ProofJson.toJson(new ConsistencyProof(7, tree.size(),
                tree.consistencyProof(7, tree.size()))));

        Run verify = run("verify", bundle.toString());
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).contains("7 log entries included in");

        Run ok = run("inclusion", bundle.toString(), kept.toString(), "--proof", proof.toString(), "--key",
                SpecVectorsTest.LOG_VKEY);
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("signed by shuangsuiji.example/draw-log").contains("extends")
                .containsPattern(OK_LINE);

        Run noProof = run("inclusion", bundle.toString(), kept.toString());
        assertThat(noProof.code()).isEqualTo(1);
        assertThat(noProof.out()).contains("a consistency proof between them is needed").doesNotContainPattern(OK_LINE);

        // the bundle's log edited (the substitution's reason), proofs unchanged
        String json = Files.readString(bundle).replace("\"reason\" : \"DEREGISTERED\"", "\"reason\" : \"REFUSED\"");
        Path edited = write("edited.json", json);
        Run bad = run("inclusion", edited.toString(), kept.toString(), "--proof", proof.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).contains("inclusion proof fails").doesNotContainPattern(OK_LINE);
    }
}
