package cn.shuangsuiji.disclosure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.contracts.disclosure.PublicDraw;
import cn.shuangsuiji.contracts.draw.CommittedSource;
import cn.shuangsuiji.contracts.draw.CommittedWitness;
import cn.shuangsuiji.contracts.draw.DrawCommitted;
import cn.shuangsuiji.contracts.draw.DrawCompleted;
import cn.shuangsuiji.contracts.draw.DrawnTarget;
import cn.shuangsuiji.contracts.draw.StratumThreshold;
import cn.shuangsuiji.contracts.planning.PlanItemRef;
import cn.shuangsuiji.contracts.planning.PlanTask;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Withholding of targets (S1 20(二)) and what the public sees of a draw. */
class DrawDossierTest {

    static final Instant T = Instant.parse("2026-03-02T02:00:00Z");
    final TargetDisclosurePolicy policy = new TargetDisclosurePolicy(false, Set.of("secret-item"));

    @Test
    void targetsOfANotAnnouncedItemArePublicTheDayAfterTheWindow() {
        TargetDisclosurePolicy.Withholding w = policy.decide(Optional.of(task("secret-item")));
        assertThat(w).isEqualTo(new TargetDisclosurePolicy.Withholding(true, LocalDate.parse("2026-04-01"),
                LocalDate.parse("2026-04-01")));
        DrawDossier d = DrawDossier.committed(committed(), "任务", w).complete(completed(), id -> Optional.of(
                new PublicEntity(id, "某公司", "91130634MA0000000X", "130634", "ENTERPRISE", "OPERATING")));
        PublicDraw before = d.publicOn(LocalDate.parse("2026-03-31"));
        assertThat(before.targets()).isEmpty();
        assertThat(before.targetsWithheld()).isTrue();
        assertThat(before.bundleUrl()).isNull();
        assertThat(before.execution().seed()).isEqualTo("seed");
        assertThat(d.dueForRelease(LocalDate.parse("2026-03-31"))).isFalse();
        assertThat(d.dueForRelease(LocalDate.parse("2026-04-01"))).isTrue();
        PublicDraw after = d.publicOn(LocalDate.parse("2026-04-01"));
        assertThat(after.targets()).extracting(PublicDraw.Target::uscc).containsExactly("91130634MA0000000X");
        assertThat(after.bundleUrl()).isEqualTo("/api/public/open-data/kit/bundles/d1");
        assertThat(after.bundlePublicFrom()).isEqualTo("2026-04-01");
        assertThat(d.release().dueForRelease(LocalDate.parse("2026-04-02"))).isFalse();
    }

    @Test
    void anOrdinaryItemIsPublicAtOnce() {
        assertThat(policy.decide(Optional.of(task("item"))).publicOn(LocalDate.parse("2026-01-01"))).isTrue();
        assertThat(TargetDisclosurePolicy.immediate().decide(Optional.empty()).withheld()).isFalse();
    }

    @Test
    void anUnknownPlanTaskIsWithheldUntilDecidedAgain() {
        TargetDisclosurePolicy.Withholding unknown = policy.decide(Optional.empty());
        assertThat(unknown).isEqualTo(new TargetDisclosurePolicy.Withholding(true, null, null));
        DrawDossier d = DrawDossier.committed(committed(), null, unknown).complete(completed(), id -> Optional.empty());
        assertThat(d.undecided()).isTrue();
        assertThat(d.publicOn(LocalDate.parse("2030-01-01")).targets()).isEmpty();
        DrawDossier decided = d.redecide(policy.decide(Optional.of(task("item"))), "任务一");
        assertThat(decided.undecided()).isFalse();
        assertThat(decided.full().taskName()).isEqualTo("任务一");
        assertThat(decided.publicOn(LocalDate.parse("2026-03-03")).targets()).hasSize(1);
    }

    @Test
    void aNaturalPersonDrawnIsShownByStratumAndKeyOnly() {
        DrawDossier d = DrawDossier.committed(committed(), "任务", TargetDisclosurePolicy.immediate().decide(
                Optional.empty())).complete(completed(), id -> Optional.of(
                new PublicEntity(id, "王秀英", null, "130634", "OTHER_SUBJECT", "OPERATING")));
        PublicDraw.Target t = d.publicOn(LocalDate.parse("2026-03-03")).targets().get(0);
        assertThat(t.entityId()).isNull();
        assertThat(t.name()).isNull();
        assertThat(t.key()).isEqualTo("0000000000000011");
    }

    @Test
    void theBundleOfAnAnnouncedDrawIsPublicOnlyAfterTheInspectionWindow() {
        TargetDisclosurePolicy.Withholding w = policy.decide(Optional.of(task("item")));
        assertThat(w).isEqualTo(new TargetDisclosurePolicy.Withholding(false, null, LocalDate.parse("2026-04-01")));
        DrawDossier committedOnly = DrawDossier.committed(committed(), "任务", w);
        assertThat(committedOnly.bundlePublicOn(LocalDate.parse("2026-05-01"))).as("no execution, no bundle")
                .isFalse();
        DrawDossier d = committedOnly.complete(completed(), id -> Optional.empty());
        PublicDraw during = d.publicOn(LocalDate.parse("2026-03-31"));
        assertThat(during.targets()).hasSize(1);
        assertThat(during.bundleUrl()).as("the bundle names the inspectors of each target").isNull();
        assertThat(during.bundlePublicFrom()).isEqualTo("2026-04-01");
        assertThat(d.bundlePublicOn(LocalDate.parse("2026-03-31"))).isFalse();
        assertThat(d.bundlePublicOn(LocalDate.parse("2026-04-01"))).isTrue();
        assertThat(d.publicOn(LocalDate.parse("2026-04-01")).bundleUrl())
                .isEqualTo("/api/public/open-data/kit/bundles/d1");
        // the plan task unknown: the bundle date is decided again once it is known
        DrawDossier unknown = DrawDossier.committed(committed(), null,
                TargetDisclosurePolicy.immediate().decide(Optional.empty())).complete(completed(), id -> Optional.empty());
        assertThat(unknown.undecided()).isTrue();
        assertThat(unknown.bundlePublicOn(LocalDate.parse("2030-01-01"))).isFalse();
        assertThat(unknown.redecide(policy.decide(Optional.of(task("item"))), "任务一").undecided()).isFalse();
    }

    @Test
    void aBundleThatBecomesPublicLaterIsDueForAnnouncementOnceFromItsDay() {
        TargetDisclosurePolicy.Withholding w = policy.decide(Optional.of(task("item")));
        DrawDossier committedOnly = DrawDossier.committed(committed(), "任务", w);
        assertThat(committedOnly.bundlePending()).as("no execution, no bundle").isFalse();
        DrawDossier d = committedOnly.complete(completed(), id -> Optional.empty())
                .announcedOn(LocalDate.parse("2026-03-03"));
        assertThat(d.bundlePending()).isTrue();
        assertThat(d.bundleDueForAnnouncement(LocalDate.parse("2026-03-31"))).isFalse();
        assertThat(d.bundleDueForAnnouncement(LocalDate.parse("2026-04-01"))).isTrue();
        DrawDossier announced = d.announcedOn(LocalDate.parse("2026-04-01"));
        assertThat(announced.bundlePending()).isFalse();
        assertThat(announced.bundleDueForAnnouncement(LocalDate.parse("2026-04-02"))).isFalse();
        // a later change keeps the marker
        assertThat(announced.abandon(new cn.shuangsuiji.contracts.draw.DrawAbandoned(java.util.UUID.randomUUID(), T,
                "d1", "p1", "t1", "理由", "operator")).bundleAnnounced()).isTrue();

        // withheld targets released on the bundle's day: that announcement carries the link, nothing is left due
        DrawDossier secret = DrawDossier.committed(committed(), "任务", policy.decide(Optional.of(task("secret-item"))))
                .complete(completed(), id -> Optional.empty());
        DrawDossier released = secret.release().announcedOn(LocalDate.parse("2026-04-01"));
        assertThat(released.bundleDueForAnnouncement(LocalDate.parse("2026-04-01"))).isFalse();
    }

    @Test
    void theAnnouncementShowsSourcesWitnessCommitmentsRepeatPairingsAndTheLogHead() {
        DrawCommitted c = committed();
        DrawCommitted full = new DrawCommitted(c.eventId(), T, "d1", "p1", 1, "t1", 2026, "COUNTY", "dep", List.of(),
                List.of("s1"), List.of("s2"), "hash", "drand-quicknet", 1, 10, 0, T,
                List.of(new CommittedSource("双色球", "中国福利彩票双色球开奖号码", "DECIMAL")),
                List.of(new CommittedWitness("qy-amr-witness", "ab".repeat(32))), 3);
        DrawCompleted e = completed();
        DrawCompleted executed = new DrawCompleted(e.eventId(), T, "d1", "p1", "t1", 2026, "COUNTY", "OK", null,
                "drand-quicknet", 1, "seed", "hash", "result", e.targets(), List.of(), List.of(), e.thresholds(),
                e.bundlePath(), T, "cd".repeat(32), 42L);
        PublicDraw shown = DrawDossier.committed(full, "任务", policy.decide(Optional.of(task("item"))))
                .complete(executed, id -> Optional.empty()).publicOn(LocalDate.parse("2026-03-03"));
        assertThat(shown.commitment().sources()).containsExactly(
                new PublicDraw.Source("双色球", "中国福利彩票双色球开奖号码", "DECIMAL"));
        // the commitments, not who the witnesses are
        assertThat(shown.commitment().witnessCommitments()).containsExactly("ab".repeat(32));
        assertThat(shown.commitment().repeatPairingsAvoided()).isEqualTo(3);
        assertThat(shown.execution().logHead()).isEqualTo("cd".repeat(32));
        assertThat(shown.execution().logTreeSize()).isEqualTo(42L);
        assertThat(shown.execution().checkpointUrl()).isEqualTo("/api/public/draw-log/checkpoints/42");
        // events of producers before these fields: empty lists and nulls, not failures
        PublicDraw old = DrawDossier.committed(c, "任务", policy.decide(Optional.of(task("item"))))
                .complete(completed(), id -> Optional.empty()).publicOn(LocalDate.parse("2026-03-03"));
        assertThat(old.commitment().sources()).isEmpty();
        assertThat(old.commitment().repeatPairingsAvoided()).isNull();
        assertThat(old.execution().checkpointUrl()).isNull();
    }

    private static PlanTask task(String item) {
        return new PlanTask("t1", "任务一", List.of(new PlanItemRef(item, 1, "dep")), null, List.of(),
                LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"), 1, "COUNTY", List.of(), null);
    }

    private static DrawCommitted committed() {
        return new DrawCommitted(UUID.randomUUID(), T, "d1", "p1", 1, "t1", 2026, "COUNTY", "dep", List.of(),
                List.of("s1"), List.of("s2"), "hash", "drand-quicknet", 1, 10, 0, T);
    }

    private static DrawCompleted completed() {
        return new DrawCompleted(UUID.randomUUID(), T, "d1", "p1", "t1", 2026, "COUNTY", "OK", null, "drand-quicknet",
                1, "seed", "hash", "result", List.of(new DrawnTarget("e1", "B", "0000000000000011")), List.of(),
                List.of(), List.of(new StratumThreshold("B", 10, 1, 1, false, "e1", "0000000000000011")),
                "/api/draws/d1/bundle", T);
    }
}
