package cn.shuangsuiji.verifier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.drawprotocol.DrawEngine;
import cn.shuangsuiji.drawprotocol.DrawInputs;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.ExpertAssignment;
import cn.shuangsuiji.drawprotocol.ExpertId;
import cn.shuangsuiji.drawprotocol.ExpertNeed;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.SeedInputs;
import cn.shuangsuiji.drawprotocol.DepartmentId;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import cn.shuangsuiji.drawprotocol.bundle.BundleMapper;
import cn.shuangsuiji.drawprotocol.bundle.SampleExpertDraw;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15 through the command line (protocol revision 1.4): the verifier recomputes the experts drawn for the teams;
 * a bundle whose drawn expert was swapped for another eligible one — result hash, EXECUTE entry and chain all
 * recomputed — exits 1 naming the experts.
 */
class CliExpertTest {

    private record Run(int code, String out) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theCliRecomputesDrawnExpertsAndRejectsASwappedOne(@TempDir Path dir) throws Exception {
        Path honest = dir.resolve("experts.json");
        BundleCodec.write(SampleExpertDraw.bundle(), honest);
        Run ok = run("verify", honest.toString());
        assertThat(ok.code()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("checked: experts recomputed").contains("checked: expert pool roots recomputed");

        DrawInputs inputs = SampleExpertDraw.inputs(3, List.of(new ExpertNeed(new DepartmentId("QY-SCJGJ"),
                SampleExpertDraw.FIELD)));
        SeedInputs seedInputs = SampleExpertDraw.seedInputs(inputs);
        DrawResult honestResult = new DrawEngine().draw(inputs, seedInputs);
        List<ExpertAssignment> swapped = new ArrayList<>(honestResult.experts());
        ExpertAssignment first = swapped.get(0);
        String other = first.expert().value().equals("EX-05") ? "EX-04" : "EX-05";
        swapped.set(0, new ExpertAssignment(first.target(), new ExpertId(other), first.department(), first.field()));
        DrawResult forged = new DrawResult(honestResult.commitmentHash(), honestResult.seed(), honestResult.status(),
                null, honestResult.strata(), honestResult.selected(), honestResult.teams(), swapped);
        String id = inputs.commitment().drawId();
        DrawLog log = DrawLog.empty().append(LogKind.COMMIT, "2026-03-02T01:00:00Z", "drawer-01",
                        DrawLog.commit(id, inputs.commitment().hash()))
                .append(LogKind.WITNESS, "2026-03-02T01:05:00Z", "drawer-01",
                        DrawLog.witness(id, "媒体见证人", seedInputs.witnessReveals().get(0)))
                .append(LogKind.EXECUTE, "2026-03-02T01:11:00Z", "drawer-01",
                        DrawLog.execute(id, inputs.commitment().beacon().round(), forged));
        Path tampered = dir.resolve("swapped.json");
        BundleCodec.write(BundleMapper.toBundle(inputs, seedInputs, forged, List.of(), log), tampered);
        Run caught = run("verify", tampered.toString());
        assertThat(caught.code()).as(caught.out()).isEqualTo(1);
        assertThat(caught.out()).contains("MISMATCH: drawn experts differ").doesNotContainPattern("(?m)^OK$")
                .doesNotContain("checked: experts recomputed");
    }
}
