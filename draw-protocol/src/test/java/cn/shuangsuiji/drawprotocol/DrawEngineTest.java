package cn.shuangsuiji.drawprotocol;

import static cn.shuangsuiji.drawprotocol.Fixtures.LEAD;
import static cn.shuangsuiji.drawprotocol.Fixtures.OTHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DrawEngineTest {
    private final DrawEngine engine = new DrawEngine();
    /** Row 3 of {@link Fixtures#rows}: stratum A. */
    private static final String EXCLUDED_A = "911300000000023757";

    private static final List<StratumQuota> QUOTAS = List.of(StratumQuota.ratio("A", "0.03"),
            StratumQuota.ratio("B", "0.1"), StratumQuota.count("C", 5));

    private DrawInputs targetsOnly(long shuffle) {
        CandidateTable t = Fixtures.table(Fixtures.rows(300, "A", "B", "C"), shuffle, EXCLUDED_A);
        return Fixtures.inputs(t, InspectorPool.empty(), ConflictSet.empty(), List.of(), QUOTAS, DrawPolicy.defaults());
    }

    @Test
    void sameInputsGiveTheSameBits() {
        DrawResult a = engine.draw(targetsOnly(0), Fixtures.seedInputs());
        DrawResult b = new DrawEngine(1).draw(targetsOnly(0), Fixtures.seedInputs());
        assertThat(a).isEqualTo(b);
        assertThat(a.hash()).isEqualTo(b.hash());
    }

    @Test
    void shuffledInputOrderGivesTheSameResult() {
        List<Fixtures.Row> rows = Fixtures.rows(240, "A", "B");
        List<Inspector> ins = Fixtures.inspectors(6);
        List<ConflictPair> conflicts = List.of(new ConflictPair(new InspectorId("SC-1"), new TargetId(rows.get(5).id()), "R"),
                new ConflictPair(new InspectorId("GA-2"), new TargetId(rows.get(9).id()), "R"));
        List<StratumQuota> quotas = List.of(StratumQuota.ratio("A", "0.05"), StratumQuota.ratio("B", "0.05"));
        Hash32 first = null;
        for (long shuffle = 0; shuffle < 4; shuffle++) {
            List<Inspector> si = new ArrayList<>(ins);
            List<ConflictPair> sc = new ArrayList<>(conflicts);
            List<StratumQuota> sq = new ArrayList<>(quotas);
            if (shuffle != 0) {
                Collections.shuffle(si, new Random(shuffle));
                Collections.shuffle(sc, new Random(shuffle));
                Collections.shuffle(sq, new Random(shuffle));
            }
            CandidateTable t = Fixtures.table(rows, shuffle);
            DrawInputs in = Fixtures.inputs(t, new InspectorPool(si), new ConflictSet(sc), List.of(OTHER, LEAD), sq,
                    DrawPolicy.defaults());
            DrawResult r = engine.draw(in, Fixtures.seedInputs());
            assertThat(r.status()).isEqualTo(DrawStatus.OK);
            assertThat(r.teams()).hasSize(r.selected().size());
            if (first == null) {
                first = r.hash();
            } else {
                assertThat(r.hash()).isEqualTo(first);
            }
        }
    }

    @Test
    void selectionIsTheSmallestKeysPerStratumWithThresholdAndReserve() {
        DrawInputs in = targetsOnly(0);
        DrawResult r = engine.draw(in, Fixtures.seedInputs());
        DrawSeed seed = DrawSeed.fromSeed(r.seed());
        CandidateTable t = in.targets();
        for (StratumOutcome o : r.strata()) {
            List<RankedTarget> all = new ArrayList<>();
            for (int i = 0; i < t.size(); i++) {
                if (t.eligible(i) && t.stratum(i).equals(o.stratum())) {
                    all.add(new RankedTarget(t.targetId(i), o.stratum(), RankKeys.target(seed, t.id(i))));
                }
            }
            all.sort(Comparator.naturalOrder());
            List<RankedTarget> selected = r.selected().stream().filter(x -> x.stratum().equals(o.stratum())).toList();
            assertThat(selected).containsExactlyElementsOf(all.subList(0, (int) o.quota()));
            assertThat(o.threshold()).isEqualTo(all.get((int) o.quota() - 1));
            assertThat(o.reserve()).containsExactlyElementsOf(all.subList((int) o.quota(), (int) o.quota() + 10));
        }
        List<RankedTarget> sorted = new ArrayList<>(r.selected());
        sorted.sort(Comparator.naturalOrder());
        assertThat(r.selected()).containsExactlyElementsOf(sorted);
    }

    @Test
    void quotasUseExactDecimalCeilingAndExclusionsDoNotCount() {
        DrawResult r = engine.draw(targetsOnly(0), Fixtures.seedInputs());
        // 300 rows round-robin A,B,C: 100 each; one A row excluded → 99 eligible A
        StratumOutcome a = r.stratum("A");
        assertThat(a.eligible()).isEqualTo(99);
        assertThat(a.requested()).isEqualTo(3); // ceil(0.03 × 99 = 2.97)
        StratumOutcome b = r.stratum("B");
        assertThat(b.requested()).isEqualTo(10);
        assertThat(r.stratum("C").quota()).isEqualTo(5);
        assertThat(r.selected()).extracting(x -> x.id().value()).doesNotContain(EXCLUDED_A);
        // exact decimal arithmetic: in binary floating point 0.07 × 100 = 7.000000000000001, whose ceiling is 8
        assertThat(StratumQuota.ratio("X", "0.07").requested(100)).isEqualTo(7);
        assertThat(StratumQuota.ratio("X", "0.1").requested(30)).isEqualTo(3);
        assertThat(StratumQuota.ratio("X", "0.03").requested(101)).isEqualTo(4);
        assertThat(StratumQuota.ratio("X", "0.030").value()).isEqualTo("0.03");
        assertThatThrownBy(() -> new StratumQuota("X", QuotaKind.RATIO, "0.030")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StratumQuota.ratio("X", "1.5")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stratumSmallerThanQuotaIsDrawnWhole() {
        CandidateTable t = Fixtures.table(Fixtures.rows(20, "A", "A", "A", "A", "B"), 0);
        DrawInputs in = Fixtures.inputs(t, InspectorPool.empty(), ConflictSet.empty(), List.of(),
                List.of(StratumQuota.count("B", 10), StratumQuota.ratio("A", "1"), StratumQuota.count("Z", 3)),
                DrawPolicy.defaults());
        DrawResult r = engine.draw(in, Fixtures.seedInputs());
        StratumOutcome b = r.stratum("B");
        assertThat(b.eligible()).isEqualTo(4);
        assertThat(b.requested()).isEqualTo(10);
        assertThat(b.quota()).isEqualTo(4);
        assertThat(b.shortfall()).isTrue();
        assertThat(b.reserve()).isEmpty();
        assertThat(r.stratum("A").quota()).isEqualTo(16);
        assertThat(r.stratum("A").shortfall()).isFalse();
        assertThat(r.stratum("Z").quota()).isZero();
        assertThat(r.stratum("Z").threshold()).isNull();
        assertThat(r.selected()).hasSize(20);
    }

    @Test
    void substitutionTakesTheNextInKeyOrderBeyondTheReserve() {
        CandidateTable t = Fixtures.table(Fixtures.rows(200, "A", "B"), 0);
        DrawInputs in = Fixtures.inputs(t, InspectorPool.empty(), ConflictSet.empty(), List.of(),
                List.of(StratumQuota.count("A", 3), StratumQuota.count("B", 3)), new DrawPolicy(2, 1, 5, false, 2));
        DrawResult r = engine.draw(in, Fixtures.seedInputs());
        DrawSeed seed = DrawSeed.fromSeed(r.seed());
        List<RankedTarget> orderA = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (t.stratum(i).equals("A")) {
                orderA.add(new RankedTarget(t.targetId(i), "A", RankKeys.target(seed, t.id(i))));
            }
        }
        orderA.sort(Comparator.naturalOrder());
        List<PostDrawAction> history = new ArrayList<>();
        TargetId out = orderA.get(0).id();
        for (int k = 0; k < 5; k++) {
            Substitution s = engine.substitute(in, r, history, out, "DEREGISTERED");
            assertThat(s.substitute()).isEqualTo(orderA.get(3 + k)); // reserve (2) then beyond
            assertThat(s.team()).isNull();
            history.add(s);
            out = s.substitute().id(); // the substitute itself turns out not inspectable
        }
        assertThatThrownBy(() -> engine.substitute(in, r, history, orderA.get(0).id(), "X"))
                .isInstanceOf(DrawException.class).hasMessageContaining("NOT_ACTIVE");
    }

    @Test
    void teamsHaveEveryDepartmentTheLeaderFromTheInitiatorAndRespectConflictsAndCaps() {
        List<Fixtures.Row> rows = Fixtures.rows(120, "A");
        CandidateTable t = Fixtures.table(rows, 0);
        List<Inspector> ins = new ArrayList<>(Fixtures.inspectors(5));
        ins.add(new Inspector(new InspectorId("SC-inactive"), LEAD, false, List.of("LIC"), ""));
        ins.add(new Inspector(new InspectorId("SC-noscope"), LEAD, true, List.of("OTHER"), ""));
        ins.add(new Inspector(new InspectorId("XX-1"), new DepartmentId("NOT-PARTICIPATING"), true, List.of(), ""));
        List<ConflictPair> conflicts = new ArrayList<>();
        for (Fixtures.Row row : rows) {
            conflicts.add(new ConflictPair(new InspectorId("SC-0"), new TargetId(row.id()), "RELATIVE"));
        }
        DrawPolicy policy = new DrawPolicy(3, 1, 6, true, 0);
        DrawInputs in = Fixtures.inputs(t, new InspectorPool(ins), new ConflictSet(conflicts), List.of(LEAD, OTHER),
                List.of(StratumQuota.count("A", 12)), policy);
        DrawResult r = engine.draw(in, Fixtures.seedInputs());
        assertThat(r.status()).isEqualTo(DrawStatus.OK);
        assertThat(r.teams()).hasSize(12);
        Map<InspectorId, Integer> load = new HashMap<>();
        for (int k = 0; k < r.teams().size(); k++) {
            Team team = r.teams().get(k);
            assertThat(team.target()).isEqualTo(r.selected().get(k).id());
            assertThat(team.members()).hasSize(3);
            assertThat(team.members()).anyMatch(m -> m.value().startsWith("SC-"))
                    .anyMatch(m -> m.value().startsWith("GA-"));
            assertThat(team.leader().value()).startsWith("SC-");
            assertThat(team.members()).doesNotContain(new InspectorId("SC-0"), new InspectorId("SC-inactive"),
                    new InspectorId("SC-noscope"), new InspectorId("XX-1"));
            // leader = best-ranked member of the initiating department; members in rank order
            DrawSeed seed = DrawSeed.fromSeed(r.seed());
            List<InspectorId> byRank = new ArrayList<>(team.members());
            byRank.sort(Comparator.comparing((InspectorId m) -> RankKeys.inspector(seed, team.target().value(), m.value()),
                    Long::compareUnsigned));
            assertThat(team.members()).containsExactlyElementsOf(byRank);
            assertThat(team.leader()).isEqualTo(byRank.stream().filter(m -> m.value().startsWith("SC-")).findFirst().orElseThrow());
            String area = t.area(t.indexOf(team.target().value()));
            for (InspectorId m : team.members()) {
                Inspector x = in.inspectors().get(in.inspectors().indexOf(m));
                assertThat(x.area()).isNotEqualTo(area);
                load.merge(m, 1, Integer::sum);
            }
        }
        assertThat(load.values()).allMatch(v -> v <= 6);
    }

    @Test
    void tooFewInspectorsIsADefinedFailure() {
        CandidateTable t = Fixtures.table(Fixtures.rows(50, "A"), 0);
        List<Inspector> ins = List.of(Fixtures.inspector("SC-1", LEAD, "LIC"), Fixtures.inspector("SC-2", LEAD, "LIC"),
                Fixtures.inspector("GA-1", OTHER, "FIRE"));
        DrawInputs in = Fixtures.inputs(t, new InspectorPool(ins), ConflictSet.empty(), List.of(LEAD, OTHER),
                List.of(StratumQuota.count("A", 5)), new DrawPolicy(2, 1, 2, false, 0));
        DrawResult r = engine.draw(in, Fixtures.seedInputs());
        assertThat(r.status()).isEqualTo(DrawStatus.FAILED);
        assertThat(r.failure().code()).isEqualTo(DrawFailure.NO_TEAM);
        assertThat(r.failure().department()).isEqualTo("GAJ"); // GA-1 reaches its cap of 2 at the third target
        assertThat(r.failure().target()).isEqualTo(r.selected().get(2).id().value());
        assertThat(r.teams()).isEmpty();
        assertThat(r.selected()).hasSize(5);
        assertThatThrownBy(() -> engine.substitute(in, r, List.of(), r.selected().get(0).id(), "X"))
                .isInstanceOf(DrawException.class).hasMessageContaining("DRAW_FAILED");

        DrawInputs single = Fixtures.inputs(t, new InspectorPool(List.of(Fixtures.inspector("SC-1", LEAD, "LIC"))),
                ConflictSet.empty(), List.of(LEAD), List.of(StratumQuota.count("A", 1)), DrawPolicy.defaults());
        DrawResult s = engine.draw(single, Fixtures.seedInputs());
        assertThat(s.failure().department()).isEmpty();
        assertThat(s.failure().detail()).contains("a team needs 2");
    }

    @Test
    void substituteGetsANewTeamAndReplacementStaysInTheDepartment() {
        CandidateTable t = Fixtures.table(Fixtures.rows(100, "A"), 0);
        DrawInputs in = Fixtures.inputs(t, new InspectorPool(Fixtures.inspectors(4)), ConflictSet.empty(),
                List.of(LEAD, OTHER), List.of(StratumQuota.count("A", 4)), new DrawPolicy(2, 1, 2, false, 2));
        DrawResult r = engine.draw(in, Fixtures.seedInputs());
        List<PostDrawAction> history = new ArrayList<>();
        Substitution s = engine.substitute(in, r, history, r.selected().get(1).id(), "DEREGISTERED");
        assertThat(s.team().target()).isEqualTo(s.substitute().id());
        history.add(s);
        Team team = r.teams().get(0);
        InspectorId leader = team.leader();
        Replacement rep = engine.replaceInspector(in, r, history, team.target(), leader, "AVOIDANCE", "head");
        assertThat(rep.replacement().value()).startsWith("SC-").isNotEqualTo(leader.value());
        assertThat(rep.team().members()).contains(rep.replacement()).doesNotContain(leader);
        assertThat(rep.team().leader()).isEqualTo(rep.replacement());
        history.add(rep);
        // the replaced inspector does not come back on that target
        Replacement again = engine.replaceInspector(in, r, history, team.target(), rep.replacement(), "HEALTH", "head");
        assertThat(again.replacement()).isNotIn(leader, rep.replacement());
        InspectorId outsider = Fixtures.inspectors(4).stream().map(Inspector::id)
                .filter(id -> !again.team().members().contains(id)).findFirst().orElseThrow();
        history.add(again);
        assertThatThrownBy(() -> engine.replaceInspector(in, r, history, team.target(), outsider, "X", "h"))
                .isInstanceOf(DrawException.class).hasMessageContaining("NOT_IN_TEAM");
    }

    @Test
    void bigTablesGiveTheSameResultOnOneOrTwoThreads() {
        CandidateTable.Builder b = CandidateTable.builder(150_000);
        for (int i = 0; i < 150_000; i++) {
            b.add("ID-" + i, i % 4 == 0 ? "A" : "B", "");
        }
        CandidateTable t = b.build();
        DrawInputs in = Fixtures.inputs(t, InspectorPool.empty(), ConflictSet.empty(), List.of(),
                List.of(StratumQuota.ratio("A", "0.01"), StratumQuota.ratio("B", "0.5")), DrawPolicy.defaults());
        DrawResult one = new DrawEngine(1).draw(in, Fixtures.seedInputs());
        DrawResult two = new DrawEngine(2).draw(in, Fixtures.seedInputs());
        assertThat(two).isEqualTo(one);
        assertThat(one.stratum("B").quota()).isEqualTo(56_250);
        assertThat(t.computeTargetsRoot(1)).isEqualTo(t.computeTargetsRoot(2));
    }

    @Test
    void inputsThatDoNotMatchTheCommitmentAreRejected() {
        DrawInputs in = targetsOnly(0);
        CandidateTable other = Fixtures.table(Fixtures.rows(301, "A", "B", "C"), 0);
        assertThatThrownBy(() -> new DrawInputs(in.commitment(), other, InspectorPool.empty(), ConflictSet.empty()))
                .isInstanceOf(DrawException.class).hasMessageContaining("targets root");
        SeedInputs wrongWitness = new SeedInputs(Fixtures.seedInputs().beacon(), List.of("3 9 14 21 27 30 / 12"),
                List.of("another secret"));
        assertThatThrownBy(() -> engine.draw(in, wrongWitness)).isInstanceOf(DrawException.class)
                .hasMessageContaining("WITNESS_MISMATCH");
        SeedInputs wrongRound = new SeedInputs(new BeaconReading(Fixtures.ROUND + 1,
                cn.shuangsuiji.drawprotocol.beacon.DemoBeacon.sign(Fixtures.ROUND + 1)), List.of("x"),
                List.of("secret-one-0123456789abcdef"));
        assertThatThrownBy(() -> engine.draw(in, wrongRound)).isInstanceOf(DrawException.class)
                .hasMessageContaining("BEACON_INVALID");
    }

    @Test
    void anotherSeedInputGivesAnotherDraw() {
        DrawResult a = engine.draw(targetsOnly(0), Fixtures.seedInputs());
        SeedInputs other = new SeedInputs(Fixtures.seedInputs().beacon(), List.of("3 9 14 21 27 31 / 12"),
                List.of("secret-one-0123456789abcdef"));
        DrawResult b = engine.draw(targetsOnly(0), other);
        assertThat(b.seed()).isNotEqualTo(a.seed());
        assertThat(b.selected()).isNotEqualTo(a.selected());
    }
}
