package cn.shuangsuiji.drawprotocol.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.shuangsuiji.drawprotocol.EntityCheck;
import cn.shuangsuiji.drawprotocol.VerificationReport;

class BundleVerifierTest {
    private static Bundle sample;
    private final BundleVerifier verifier = new BundleVerifier();

    @BeforeAll
    static void draw() {
        sample = SampleDraw.bundle();
    }

    private static Bundle viaJson(Bundle b) {
        return BundleCodec.fromJson(BundleCodec.toJson(b));
    }

    private static Bundle withResult(Bundle b, UnaryOperator<Bundle.Result> f) {
        return new Bundle(b.format(), b.commitment(), b.commitmentHash(), b.snapshot(), b.seedInputs(), b.seed(),
                f.apply(b.result()), b.actions(), b.log());
    }

    @Test
    void anIntactBundleVerifiesAndReportsTheDemoBeacon() {
        VerificationReport r = verifier.verify(viaJson(sample));
        assertThat(r.errors()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).anyMatch(w -> w.contains("DEMO beacon"));
        assertThat(r.notes()).anyMatch(n -> n.contains("post-draw action"));
    }

    @Test
    void aChangedSelectedTargetIsCaught() {
        String outsider = sample.snapshot().targets().stream().map(Bundle.Target::id)
                .filter(id -> sample.result().selected().stream().noneMatch(s -> s.id().equals(id))).findFirst().orElseThrow();
        Bundle tampered = withResult(sample, res -> {
            List<Bundle.Ranked> sel = new ArrayList<>(res.selected());
            Bundle.Ranked first = sel.get(2);
            sel.set(2, new Bundle.Ranked(outsider, first.stratum(), first.key()));
            return new Bundle.Result(res.status(), res.failure(), res.strata(), sel, res.teams(), res.resultHash());
        });
        VerificationReport r = verifier.verify(tampered);
        assertThat(r.ok()).isFalse();
        assertThat(r.errors()).anyMatch(e -> e.contains("selected targets differ") && e.contains(outsider));
    }

    @Test
    void aChangedThresholdIsCaught() {
        Bundle tampered = withResult(sample, res -> {
            List<Bundle.Stratum> strata = new ArrayList<>(res.strata());
            Bundle.Stratum s = strata.get(0);
            strata.set(0, new Bundle.Stratum(s.stratum(), s.eligible(), s.requested(), s.quota(), s.shortfall(),
                    new Bundle.Ranked(s.threshold().id(), s.stratum(), "ffffffffffffffff"), s.reserve()));
            return new Bundle.Result(res.status(), res.failure(), strata, res.selected(), res.teams(), res.resultHash());
        });
        VerificationReport r = verifier.verify(tampered);
        assertThat(r.errors()).anyMatch(e -> e.contains("threshold stated"));
    }

    @Test
    void aChangedSeedInputIsCaught() {
        Bundle.SeedInputs si = sample.seedInputs();
        Bundle.SeedInputs changed = new Bundle.SeedInputs(si.beacon(),
                List.of(new Bundle.SourceValue(si.sources().get(0).name(), "3 9 14 21 27 31 / 12")), si.witnessReveals());
        Bundle tampered = new Bundle(sample.format(), sample.commitment(), sample.commitmentHash(), sample.snapshot(),
                changed, sample.seed(), sample.result(), sample.actions(), sample.log());
        VerificationReport r = verifier.verify(tampered);
        assertThat(r.errors()).anyMatch(e -> e.startsWith("seed: stated"));
        assertThat(r.errors()).anyMatch(e -> e.contains("selected targets differ"));

        Bundle.SeedInputs badSig = new Bundle.SeedInputs(new Bundle.BeaconReading(si.beacon().round(),
                flipLast(si.beacon().signature()), null), si.sources(), si.witnessReveals());
        VerificationReport r2 = verifier.verify(new Bundle(sample.format(), sample.commitment(), sample.commitmentHash(),
                sample.snapshot(), badSig, sample.seed(), sample.result(), sample.actions(), sample.log()));
        assertThat(r2.errors()).anyMatch(e -> e.startsWith("BEACON_INVALID"));

        Bundle.SeedInputs badReveal = new Bundle.SeedInputs(si.beacon(), si.sources(),
                List.of(new Bundle.Reveal(si.witnessReveals().get(0).witness(), "guess")));
        VerificationReport r3 = verifier.verify(new Bundle(sample.format(), sample.commitment(), sample.commitmentHash(),
                sample.snapshot(), badReveal, sample.seed(), sample.result(), sample.actions(), sample.log()));
        assertThat(r3.errors()).anyMatch(e -> e.startsWith("WITNESS_MISMATCH"));
    }

    private static String flipLast(String hex) {
        char last = hex.charAt(hex.length() - 1);
        return hex.substring(0, hex.length() - 1) + (last == '0' ? '1' : '0');
    }

    @Test
    void aChangedSnapshotRecordIsCaught() {
        List<Bundle.Target> targets = new ArrayList<>(sample.snapshot().targets());
        Bundle.Target t = targets.get(10);
        targets.set(10, new Bundle.Target(t.id(), t.stratum().equals("A") ? "D" : "A", t.area()));
        Bundle.Snapshot s = sample.snapshot();
        Bundle tampered = new Bundle(sample.format(), sample.commitment(), sample.commitmentHash(),
                new Bundle.Snapshot(targets, s.exclusions(), s.inspectors(), s.conflicts()), sample.seedInputs(),
                sample.seed(), sample.result(), sample.actions(), sample.log());
        assertThat(verifier.verify(tampered).errors()).anyMatch(e -> e.contains("snapshot targets root"));
    }

    @Test
    void aBrokenLogChainIsCaught() {
        List<Bundle.LogEntry> log = new ArrayList<>(sample.log());
        Bundle.LogEntry e = log.get(3);
        Map<String, String> fields = new HashMap<>(e.fields());
        fields.put("by", "someone-else");
        log.set(3, new Bundle.LogEntry(e.seq(), e.kind(), e.at(), e.actor(), fields, e.prevHash(), e.hash()));
        Bundle tampered = new Bundle(sample.format(), sample.commitment(), sample.commitmentHash(), sample.snapshot(),
                sample.seedInputs(), sample.seed(), sample.result(), sample.actions(), log);
        assertThat(verifier.verify(tampered).errors()).anyMatch(m -> m.contains("log chain") && m.contains("does not match its content"));

        List<Bundle.LogEntry> dropped = new ArrayList<>(sample.log());
        dropped.remove(3);
        Bundle gap = new Bundle(sample.format(), sample.commitment(), sample.commitmentHash(), sample.snapshot(),
                sample.seedInputs(), sample.seed(), sample.result(), sample.actions(), dropped);
        assertThat(verifier.verify(gap).errors()).anyMatch(m -> m.contains("prevHash"));
    }

    @Test
    void aChangedSubstitutionIsCaught() {
        List<Bundle.Action> actions = new ArrayList<>(sample.actions());
        Bundle.Action a = actions.get(0);
        Bundle.Ranked other = sample.result().strata().stream().filter(s -> s.stratum().equals(a.substitute().stratum()))
                .findFirst().orElseThrow().reserve().get(1);
        actions.set(0, new Bundle.Action(a.type(), a.replacedTarget(), a.target(), a.replacedInspector(),
                a.replacementInspector(), a.reason(), a.approvedBy(), other, a.team(), a.mode()));
        Bundle tampered = new Bundle(sample.format(), sample.commitment(), sample.commitmentHash(), sample.snapshot(),
                sample.seedInputs(), sample.seed(), sample.result(), actions, sample.log());
        assertThat(verifier.verify(tampered).errors()).anyMatch(m -> m.contains("post-draw action 1"));
    }

    @Test
    void entityCheckProvesSelectionAndNonSelection() {
        String selected = sample.result().selected().get(3).id();
        EntityCheck in = BundleVerifier.checkEntity(sample, selected);
        assertThat(in.selected()).isTrue();
        assertThat(in.proof()).anyMatch(l -> l.contains("SELECTED"));
        String notSelected = sample.snapshot().targets().stream().map(Bundle.Target::id)
                .filter(id -> sample.result().selected().stream().noneMatch(s -> s.id().equals(id)))
                .filter(id -> sample.snapshot().exclusions().stream().noneMatch(x -> x.targetId().equals(id)))
                .filter(id -> sample.actions().stream().noneMatch(a -> a.substitute() != null && a.substitute().id().equals(id)))
                .findFirst().orElseThrow();
        EntityCheck out = BundleVerifier.checkEntity(sample, notSelected);
        assertThat(out.selected()).isFalse();
        assertThat(out.eligible()).isTrue();
        assertThat(Long.compareUnsigned(Long.parseUnsignedLong(out.key(), 16),
                Long.parseUnsignedLong(out.threshold().substring(0, 16), 16))).isPositive();
        EntityCheck excluded = BundleVerifier.checkEntity(sample, sample.snapshot().exclusions().get(0).targetId());
        assertThat(excluded.eligible()).isFalse();
        assertThat(BundleVerifier.checkEntity(sample, "NOPE").inSnapshot()).isFalse();
        String substitute = sample.actions().get(0).substitute().id();
        assertThat(BundleVerifier.checkEntity(sample, substitute).activeNow()).isTrue();
        assertThat(BundleVerifier.checkEntity(sample, sample.actions().get(0).replacedTarget()).activeNow()).isFalse();
    }
}
