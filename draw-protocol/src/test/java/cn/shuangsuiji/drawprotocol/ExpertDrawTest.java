package cn.shuangsuiji.drawprotocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.drawprotocol.bundle.Bundle;
import cn.shuangsuiji.drawprotocol.bundle.BundleCodec;
import cn.shuangsuiji.drawprotocol.bundle.BundleVerifier;
import cn.shuangsuiji.drawprotocol.bundle.SampleExpertDraw;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * 专家抽取 (issue 15 item 1, protocol revision 1.4, docs/draw-protocol.md §8a): experts drawn from the committed expert
 * pool with the draw's seed — deterministic and order-independent, screened against the entity like inspectors
 * (回避), under a workload cap, never team members; the verifier recomputes them and rejects a tampered assignment;
 * the §14.3 vectors.
 */
class ExpertDrawTest {

    static final ExpertNeed NEED = new ExpertNeed(SpecExample.AMR, "特种设备");

    /** §14.3: the §14.1 example with an expert pool and one 特种设备 expert of QY-AMR per team, cap 1. */
    static ExpertPool specExperts() {
        return new ExpertPool(List.of(
                new Expert(new ExpertId("EX-01"), SpecExample.AMR, true, List.of("特种设备")),
                new Expert(new ExpertId("EX-02"), SpecExample.AMR, true, List.of("食品安全", "特种设备")),
                new Expert(new ExpertId("EX-03"), SpecExample.AMR, false, List.of("特种设备")),
                new Expert(new ExpertId("EX-04"), SpecExample.GAJ, true, List.of("特种设备"))),
                List.of(new ExpertConflict(new ExpertId("EX-01"), new TargetId("91130634MA00000001"),
                        "DECLARED_RELATION")));
    }

    static DrawInputs specInputs(ExpertPool pool, int cap) {
        DrawInputs plain = SpecExample.pinnedInputs();
        return new DrawInputs(plain.commitment().withExperts(pool.terms(List.of(NEED), cap)), plain.targets(),
                plain.inspectors(), plain.conflicts(), pool);
    }

    @Test
    void specVectorsOfTheExpertRevision() {
        ExpertPool pool = specExperts();
        Canonical out = new Canonical();
        pool.all().get(1).encode(out);
        assertThat(Hex.encode(out.toByteArray())).isEqualTo(EXPERT_RECORD);
        assertThat(Merkle.leaf(out.toByteArray()).hex()).isEqualTo(EXPERT_LEAF);
        pool.conflicts().get(0).encode(out.reset());
        assertThat(Hex.encode(out.toByteArray())).isEqualTo(EXPERT_CONFLICT_RECORD);
        assertThat(pool.root().hex()).isEqualTo(EXPERTS_ROOT);
        assertThat(pool.conflictsRoot().hex()).isEqualTo(EXPERT_CONFLICTS_ROOT);
        DrawInputs inputs = specInputs(pool, 1);
        assertThat(inputs.commitment().hash().hex()).isEqualTo(COMMITMENT_EXPERTS);
        // the trailer comes last: the pinned commitment's bytes are a prefix
        assertThat(Hex.encode(inputs.commitment().encode()))
                .startsWith(Hex.encode(SpecExample.pinnedInputs().commitment().encode()));
        DrawResult r = new DrawEngine().draw(inputs, SpecExample.seedInputs());
        assertThat(r.status()).isEqualTo(DrawStatus.OK);
        assertThat(r.seed().hex()).isEqualTo(SEED);
        Hash32 ke = ExpertMatcher.expertKey(DrawSeed.fromSeed(r.seed()));
        assertThat(ke.hex()).isEqualTo(KE);
        assertThat(Hex.key(ExpertMatcher.key(ke, "91110108MA01ABCD2X", "EX-01"))).isEqualTo(EXPERT_KEY);
        assertThat(r.experts()).extracting(e -> e.target().value() + "→" + e.expert().value())
                .containsExactly(ASSIGNED);
        assertThat(r.hash().hex()).isEqualTo(RESULT_EXPERTS);
        // the teams and the selection are those the same seed gives without experts: experts change no team
        DrawInputs plain = SpecExample.pinnedInputs();
        DrawResult same = new DrawEngine().drawWithSeed(plain, inputs.commitment().hash(), DrawSeed.fromSeed(r.seed()));
        assertThat(same.experts()).isNull();
        assertThat(r.teams()).isEqualTo(same.teams());
        assertThat(r.selected()).isEqualTo(same.selected());
        // and the pinned commitment without the trailer keeps its §14.1 hash and result
        assertThat(plain.commitment().hash().hex()).isEqualTo(ExampleDrawVectorsTest.COMMITMENT_PINNED);
        assertThat(new DrawEngine().draw(plain, SpecExample.seedInputs()).hash().hex())
                .isEqualTo(ExampleDrawVectorsTest.RESULT);
    }

    @Test
    void theSameInputsInAnyOrderDrawTheSameExperts() {
        DrawInputs inputs = SampleExpertDraw.inputs(3, List.of(new ExpertNeed(new DepartmentId("QY-SCJGJ"), "特种设备")));
        DrawResult first = new DrawEngine().draw(inputs, SampleExpertDraw.seedInputs(inputs));
        assertThat(first.status()).isEqualTo(DrawStatus.OK);
        assertThat(first.experts()).hasSize(first.teams().size());
        List<Expert> shuffled = new ArrayList<>(inputs.experts().all());
        Collections.shuffle(shuffled, new java.util.Random(7));
        List<ExpertConflict> pairs = new ArrayList<>(inputs.experts().conflicts());
        Collections.reverse(pairs);
        DrawInputs again = new DrawInputs(inputs.commitment(), inputs.targets(), inputs.inspectors(),
                inputs.conflicts(), new ExpertPool(shuffled, pairs));
        DrawResult second = new DrawEngine(1).draw(again, SampleExpertDraw.seedInputs(again));
        assertThat(second.experts()).isEqualTo(first.experts());
        assertThat(second.hash()).isEqualTo(first.hash());
    }

    @Test
    void experts_are_screened_for_conflicts_and_come_from_the_needed_department_field_and_active_ones() {
        DrawInputs inputs = SampleExpertDraw.inputs(5, List.of(new ExpertNeed(new DepartmentId("QY-SCJGJ"), "特种设备")));
        DrawResult r = new DrawEngine().draw(inputs, SampleExpertDraw.seedInputs(inputs));
        assertThat(r.experts()).isNotEmpty().allSatisfy(a -> {
            assertThat(inputs.experts().conflict(a.expert(), a.target())).isFalse();
            assertThat(a.expert().value()).isIn("EX-01", "EX-02", "EX-03", "EX-04", "EX-05");
        });
        // the §14.3 pool: EX-01 is in conflict with 91130634MA00000001, EX-03 inactive, EX-04 another department;
        // over many seeds only EX-02 is ever drawn for that target
        List<Team> teams = List.of(new Team(new TargetId("91130634MA00000001"), new InspectorId("SC-03"),
                List.of(new InspectorId("GA-02"), new InspectorId("SC-03"))));
        SplittableRandom rnd = new SplittableRandom(15);
        DrawInputs small = specInputs(specExperts(), 5);
        for (int i = 0; i < 50; i++) {
            DrawResult x = ExpertMatcher.complete(small, DrawSeed.fromSeed(Hash32.of(bytes(rnd))),
                    new DrawResult(Hash32.ZERO, Hash32.ZERO, DrawStatus.OK, null, List.of(), List.of(), teams));
            assertThat(x.expertsOf(new TargetId("91130634MA00000001"))).extracting(a -> a.expert().value())
                    .containsExactly("EX-02");
        }
    }

    @Test
    void theWorkloadCapSpreadsExpertsAndTooFewFailsTheDrawWithNoExpert() {
        DepartmentId scjgj = new DepartmentId("QY-SCJGJ");
        DrawInputs capped = SampleExpertDraw.inputs(3, List.of(new ExpertNeed(scjgj, "特种设备")));
        DrawResult r = new DrawEngine().draw(capped, SampleExpertDraw.seedInputs(capped));
        Map<ExpertId, Integer> load = new HashMap<>();
        r.experts().forEach(a -> load.merge(a.expert(), 1, Integer::sum));
        assertThat(load.values()).allMatch(n -> n <= 3);
        assertThat(r.teams().size()).isGreaterThan(3);

        DrawInputs tight = SampleExpertDraw.inputs(1, List.of(new ExpertNeed(scjgj, "特种设备")));
        DrawResult failed = new DrawEngine().draw(tight, SampleExpertDraw.seedInputs(tight));
        assertThat(failed.status()).isEqualTo(DrawStatus.FAILED);
        assertThat(failed.failure().code()).isEqualTo(DrawFailure.NO_EXPERT);
        assertThat(failed.failure().department()).isEqualTo("QY-SCJGJ");
        assertThat(failed.failure().detail()).isEqualTo("no eligible expert in field 特种设备 of department QY-SCJGJ"
                + " for target " + failed.failure().target());
        assertThat(failed.teams()).isEmpty();
        assertThat(failed.experts()).isEmpty();
        assertThat(failed.selected()).isNotEmpty(); // a produced target list stays (rules §4)

        DrawInputs nobody = SampleExpertDraw.inputs(5, List.of(new ExpertNeed(scjgj, "压力容器")));
        assertThat(new DrawEngine().draw(nobody, SampleExpertDraw.seedInputs(nobody)).failure().code())
                .isEqualTo(DrawFailure.NO_EXPERT);
    }

    @Test
    void expertsAreNeverTeamMembersNorLeadersNorCountedInTheTeamSize() {
        DrawInputs inputs = SampleExpertDraw.inputs(20, List.of(new ExpertNeed(new DepartmentId("QY-SCJGJ"), "特种设备"),
                new ExpertNeed(new DepartmentId("QY-SCJGJ"), "食品安全")));
        DrawResult r = new DrawEngine().draw(inputs, SampleExpertDraw.seedInputs(inputs));
        assertThat(r.status()).isEqualTo(DrawStatus.OK);
        assertThat(r.experts()).hasSize(2 * r.teams().size());
        for (Team t : r.teams()) {
            List<String> experts = r.expertsOf(t.target()).stream().map(a -> a.expert().value()).toList();
            assertThat(experts).doesNotHaveDuplicates().hasSize(2);
            assertThat(t.members()).extracting(InspectorId::value).doesNotContainAnyElementsOf(experts);
            assertThat(experts).doesNotContain(t.leader().value());
            assertThat(t.members()).hasSize(2); // minTeamSize 2 is met by inspectors alone
        }
        DrawInputs plain = new DrawInputs(inputs.commitment().withExperts(null), inputs.targets(), inputs.inspectors(),
                inputs.conflicts());
        assertThat(new DrawEngine().draw(plain, SampleExpertDraw.seedInputs(plain)).experts()).isNull();
    }

    @Test
    void inputsMustMatchTheCommittedExpertRootsAndNeedsMustNameParticipatingDepartments() {
        DrawInputs inputs = specInputs(specExperts(), 1);
        ExpertPool other = new ExpertPool(specExperts().all().subList(0, 3), List.of());
        assertThatThrownBy(() -> new DrawInputs(inputs.commitment(), inputs.targets(), inputs.inspectors(),
                inputs.conflicts(), other)).isInstanceOf(DrawException.class).hasMessageContaining("expert pool");
        assertThatThrownBy(() -> new DrawInputs(inputs.commitment(), inputs.targets(), inputs.inspectors(),
                inputs.conflicts())).isInstanceOf(DrawException.class);
        assertThatThrownBy(() -> inputs.commitment().withExperts(specExperts().terms(
                List.of(new ExpertNeed(new DepartmentId("QY-OTHER"), "特种设备")), 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> specExperts().terms(List.of(NEED), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theVerifierRecomputesTheExpertsAndRejectsATamperedAssignment() {
        Bundle b = SampleExpertDraw.bundle();
        Bundle read = BundleCodec.fromJson(BundleCodec.toJson(b));
        VerificationReport ok = new BundleVerifier().verify(read);
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.notes()).anyMatch(n -> n.startsWith("experts recomputed"))
                .anyMatch(n -> n.startsWith("expert pool roots recomputed"));
        assertThat(read.result().experts()).isNotEmpty();

        // swap one drawn expert for another eligible one and recompute the result hash and EXECUTE entry: still caught
        List<Bundle.DrawnExpert> swapped = new ArrayList<>(b.result().experts());
        Bundle.DrawnExpert first = swapped.get(0);
        String other = first.expert().equals("EX-05") ? "EX-04" : "EX-05";
        swapped.set(0, new Bundle.DrawnExpert(first.target(), other, first.department(), first.field()));
        Bundle.Result r = b.result();
        Bundle tampered = new Bundle(b.format(), b.commitment(), b.commitmentHash(), b.snapshot(), b.seedInputs(),
                b.seed(), new Bundle.Result(r.status(), r.failure(), r.strata(), r.selected(), r.teams(), null, swapped),
                b.actions(), b.log());
        VerificationReport bad = new BundleVerifier().verify(tampered);
        assertThat(bad.ok()).isFalse();
        assertThat(bad.errors()).anyMatch(e -> e.startsWith("drawn experts differ"));

        // an expert dropped from the published pool no longer hashes to the committed root
        Bundle.Snapshot s = b.snapshot();
        Bundle dropped = new Bundle(b.format(), b.commitment(), b.commitmentHash(), new Bundle.Snapshot(s.targets(),
                s.exclusions(), s.inspectors(), s.conflicts(), s.experts().subList(1, s.experts().size()),
                s.expertConflicts().stream().filter(p -> !p.expertId().equals(s.experts().get(0).id())).toList()),
                b.seedInputs(), b.seed(), b.result(), b.actions(), b.log());
        assertThat(new BundleVerifier().verify(dropped).errors()).anyMatch(e -> e.contains("expert pool"));
    }

    @Test
    void aBundleWithoutExpertsHasNoExpertFields() {
        String json = BundleCodec.toJson(cn.shuangsuiji.drawprotocol.bundle.SampleDraw.bundle());
        assertThat(json).doesNotContain("\"experts\"").doesNotContain("expertConflicts");
        assertThat(BundleCodec.toJson(SampleExpertDraw.bundle()))
                .contains("\"expertConflicts\"").doesNotContain("phone");
    }

    private static byte[] bytes(SplittableRandom rnd) {
        byte[] b = new byte[32];
        rnd.nextBytes(b);
        return b;
    }

    // §14.3 vectors
    static final String EXPERT_RECORD = "0000000a73736a2e6578706572740000000545582d30320000000651592d414d5201000000020000000ce789b9e7a78de8aebee5a4870000000ce9a39fe59381e5ae89e585a8";
    static final String EXPERT_LEAF = "ea68c85dbc273ee8f2430919034f8187698da00a7e51b4b4fd8ddc394af0b228";
    static final String EXPERT_CONFLICT_RECORD = "0000001373736a2e6578706572742e636f6e666c6963740000000545582d30310000001239313133303633344d413030303030303031000000114445434c415245445f52454c4154494f4e";
    static final String EXPERTS_ROOT = "96d663531946440ad02df4b0bc971541153d87a10234a0b34211d0a3f0327640";
    static final String EXPERT_CONFLICTS_ROOT = "da4b2684a1d5353ce5e4cf033cb322c344195b5378f0c594b6078f5d778604d0";
    static final String COMMITMENT_EXPERTS = "9ee3158329411f0a2a850603d53ee926ccbce829bea8b1960ecac38373822a05";
    static final String SEED = "2fccf5203094e6f7d44ee547953c502a6cada68c1b08c6d5ce83bb11bab88ae1";
    static final String KE = "4600da5399b07d5238a9b379223bdff39664d1cb30a6d606a8e7795595f65cdd";
    static final String EXPERT_KEY = "9bd612abaad4924a";
    static final String[] ASSIGNED = {"91130634MA00000003→EX-02", "91110108MA01ABCD2X→EX-01"};
    static final String RESULT_EXPERTS = "fd58807b3a3e92b21a1fda3f3e407692cad3706e459998ff594aa6b0591e9a70";
}
