package cn.shuangsuiji.draw.application.service;

import static cn.shuangsuiji.draw.application.service.TestActors.OPERATOR;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.draw.application.port.in.DrawView;
import cn.shuangsuiji.draw.domain.draw.Draw;
import cn.shuangsuiji.draw.domain.draw.DrawFixtures;
import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.plan.PolicyFacts;
import cn.shuangsuiji.draw.domain.plan.TaskScope;
import cn.shuangsuiji.drawprotocol.DrawFailure;
import cn.shuangsuiji.drawprotocol.DrawLog;
import cn.shuangsuiji.drawprotocol.DrawResult;
import cn.shuangsuiji.drawprotocol.LogKind;
import cn.shuangsuiji.drawprotocol.VerificationReport;
import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleMapper;
import cn.shuangsuiji.drawprotocol.bundle.BundleVerifier;
import cn.shuangsuiji.drawprotocol.Hash32;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 失败的抽取可由第三方核验 (issue 11): a draw that cannot form its teams (workload cap 1, four inspectors a
 * department, 30 targets) is executed, logged and published as FAILED; its bundle recomputes — failure included,
 * because the failure's detail is the exact text of docs/draw-protocol.md §10.1 — and a bundle whose failure text
 * was reworded, with the result hash, EXECUTE entry and chain recomputed, is caught.
 */
class FailedDrawTest {

    final DrawServiceTest draws = new DrawServiceTest();

    @BeforeEach
    void setUp() {
        draws.setUp();
        ApprovedPlan plan = DrawFixtures.plan();
        PolicyFacts capped = new PolicyFacts("hebei", 3, 2, 2, "SUBSTITUTION_DRAW", 1, null, 0, 1);
        PlannedTask task = plan.tasks().get(0);
        draws.stores.save(new ApprovedPlan(plan.planId(), plan.planVersion(), plan.kind(), plan.year(),
                plan.initiatingDepartmentId(), plan.participatingDepartmentIds(), capped, List.of(task),
                plan.withdrawn()));
    }

    @Test
    void aFailedDrawIsLoggedAndRecomputedByAThirdPartyAndARewordedFailureIsCaught() {
        Draw draw = draws.committed();
        DrawView view = draws.executed(draw);
        assertThat(view.status()).isEqualTo("FAILED");
        assertThat(view.failure()).isEqualTo(DrawFailure.NO_TEAM);
        String id = draw.id().value();
        assertThat(draws.service.log(id, OPERATOR)).extracting(e -> e.kind()).contains(LogKind.EXECUTE);

        Bundle bundle = draws.service.bundle(id, OPERATOR);
        Bundle.Failure f = bundle.result().failure();
        assertThat(f.detail()).isEqualTo(f.department().isEmpty()
                ? DrawFailure.noTeamTooSmall(f.target(), 2, 3).detail()
                : DrawFailure.noTeamInDepartment(f.target(), f.department(), 0, 1).detail());
        VerificationReport honest = new BundleVerifier(1).verify(bundle);
        assertThat(honest.errors()).isEmpty();
        assertThat(bundle.transparency()).isNotNull();
        cn.shuangsuiji.draw.BundleSchema.assertValid(bundle);

        // reword the failure, recompute the result hash, the EXECUTE entry and the chain
        Bundle.Result r = bundle.result();
        Bundle.Failure reworded = new Bundle.Failure(f.code(), f.target(), f.department(), "no inspectors left");
        DrawResult stated = BundleMapper.result(new Bundle.Result(r.status(), reworded, r.strata(), r.selected(),
                r.teams(), null), Hash32.fromHex(bundle.commitmentHash()), Hash32.fromHex(bundle.seed()));
        Bundle.Result forgedResult = new Bundle.Result(r.status(), reworded, r.strata(), r.selected(), r.teams(),
                stated.hash().hex());
        DrawLog log = DrawLog.empty();
        for (var e : BundleMapper.log(bundle.log()).entries()) {
            log = log.append(e.kind(), e.at(), e.actor(), e.kind() == LogKind.EXECUTE
                    ? DrawLog.execute(id, Long.parseLong(e.field("beaconRound")), stated) : e.fields());
        }
        Bundle forged = new Bundle(bundle.format(), bundle.commitment(), bundle.commitmentHash(), bundle.snapshot(),
                bundle.seedInputs(), bundle.seed(), forgedResult, bundle.actions(), log.entries().stream()
                .map(e -> new Bundle.LogEntry(e.seq(), e.kind().name(), e.at(), e.actor(), e.fields(),
                        e.prevHash().hex(), e.hash().hex())).toList());
        VerificationReport caught = new BundleVerifier(1).verify(forged);
        assertThat(caught.ok()).isFalse();
        assertThat(caught.errors()).anyMatch(e -> e.contains("failure"));
    }
}
