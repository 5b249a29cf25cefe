package cn.shuangsuiji.drawprotocol;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.shuangsuiji.drawprotocol.beacon.Beacons;

/**
 * 独立核验 — re-derives a published draw end to end from its inputs (docs/draw-protocol.md §11):
 * commitment hash, snapshot roots from the listed records, beacon signature and witness reveals, seed,
 * selection, thresholds, reserves, teams, every substitution and replacement, and the log chain.
 * Uses {@link DrawEngine}, so computing and verifying share one implementation.
 */
public final class DrawVerifier {
    private static final int MAX_LISTED = 5;

    private final int threads;

    public DrawVerifier() {
        this(2);
    }

    public DrawVerifier(int threads) {
        this.threads = threads;
    }

    /**
     * Verifies a published draw.
     *
     * @param commitment      the published commitment
     * @param claimedHash     the commitment hash the publisher states
     * @param targets         targets and exclusions as published (roots are recomputed)
     * @param inspectors      inspector records as published
     * @param conflicts       conflict pairs as published
     * @param seedInputs      beacon signature, source values, witness reveals
     * @param claimedSeed     the seed the publisher states
     * @param claimed         the published result
     * @param claimedActions  the published substitutions and replacements, in order
     * @param log             the published draw log
     */
    public VerificationReport verify(DrawCommitment commitment, Hash32 claimedHash, CandidateTable targets,
            InspectorPool inspectors, ConflictSet conflicts, SeedInputs seedInputs, Hash32 claimedSeed,
            DrawResult claimed, List<PostDrawAction> claimedActions, DrawLog log) {
        return verify(commitment, claimedHash, targets, inspectors, conflicts, null, seedInputs, claimedSeed, claimed,
                claimedActions, log);
    }

    /**
     * Verifies a published draw with its expert pool (revision 1.4, §8a): the pool must hash to the committed
     * expert roots and the drawn experts are recomputed like the teams.
     *
     * @param experts the expert records and expert conflict pairs as published; null when none were published
     */
    public VerificationReport verify(DrawCommitment commitment, Hash32 claimedHash, CandidateTable targets,
            InspectorPool inspectors, ConflictSet conflicts, ExpertPool experts, SeedInputs seedInputs,
            Hash32 claimedSeed, DrawResult claimed, List<PostDrawAction> claimedActions, DrawLog log) {
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        List<String> notes = new ArrayList<>();

        // A note says what was checked and passed; it is added only when its step added no error, so the
        // CLI never prints a step as checked in a run that reports it failed.
        int before = errors.size();
        Hash32 ch = commitment.hash();
        check(errors, ch.equals(claimedHash), "commitment hash: stated " + claimedHash + ", recomputed " + ch);
        check(errors, ch.equals(claimed.commitmentHash()),
                "the result names commitment " + claimed.commitmentHash() + ", recomputed " + ch);
        if (errors.size() == before) {
            notes.add("commitment hash " + ch);
        }

        targets.recomputeRoots(threads);
        SnapshotRoots actual = SnapshotRoots.of(targets, inspectors, conflicts);
        List<String> rootDiffs = SnapshotCheck.differences(commitment.snapshot(), actual);
        rootDiffs.forEach(d -> errors.add("snapshot " + d));
        if (rootDiffs.isEmpty()) {
            notes.add("snapshot roots recomputed from " + targets.size() + " targets, " + targets.exclusionCount()
                    + " exclusions, " + inspectors.size() + " inspectors, " + conflicts.size() + " conflict pairs");
        }

        BeaconSpec beacon = commitment.beacon();
        switch (Beacons.kind(beacon)) {
            case DEMO -> warnings.add("this draw uses the DEMO beacon — not a public beacon: anyone can compute its "
                    + "signatures, so the draw is reproducible but was not unpredictable");
            case UNKNOWN -> errors.add("unknown beacon " + beacon.network() + " (neither drand quicknet nor DEMO)");
            case QUICKNET -> notes.add("beacon: drand quicknet round " + beacon.round());
        }
        Instant committedAt = Instant.parse(commitment.committedAt());
        check(errors, committedAt.getEpochSecond() < beacon.roundTime(), "beacon round " + beacon.round()
                + " (" + Instant.ofEpochSecond(beacon.roundTime()) + ") was not in the future at commitment time "
                + commitment.committedAt());
        String seedProblem = DrawEngine.checkSeedInputs(commitment, seedInputs);
        if (seedProblem != null) {
            errors.add(seedProblem);
        } else {
            notes.add("beacon signature verified (BLS12-381, G1 signature), witness reveals match their commitments");
        }
        DrawSeed seed = DrawSeed.derive(ch, seedInputs.beacon().randomness(), seedInputs.sourceValues(),
                seedInputs.witnessReveals());
        before = errors.size();
        check(errors, seed.seed().equals(claimedSeed), "seed: stated " + claimedSeed + ", recomputed " + seed.seed());
        check(errors, seed.seed().equals(claimed.seed()), "the result names seed " + claimed.seed()
                + ", recomputed " + seed.seed());
        if (errors.size() == before) {
            notes.add("seed recomputed " + seed.seed());
        }

        DrawInputs inputs = null;
        if (rootDiffs.isEmpty()) {
            try {
                inputs = new DrawInputs(commitment, targets, inspectors, conflicts, experts);
                if (commitment.experts() != null) {
                    notes.add("expert pool roots recomputed from " + experts.size() + " experts, "
                            + experts.conflicts().size() + " expert conflict pairs");
                }
            } catch (DrawException e) {
                errors.add(e.getMessage());
            }
        }
        DrawResult recomputed = null;
        Hash32 recomputedHash = null;
        List<PostDrawAction> history = new ArrayList<>();
        if (inputs != null) {
            DrawEngine engine = new DrawEngine(threads);
            recomputed = engine.drawWithSeed(inputs, ch, seed);
            before = errors.size();
            recomputedHash = compareResults(errors, claimed, recomputed);
            if (errors.size() == before) {
                notes.add("selection recomputed: " + recomputed.selected().size() + " targets in "
                        + recomputed.strata().size() + " strata, " + recomputed.teams().size() + " teams, status "
                        + recomputed.status() + " — as stated");
                if (recomputed.experts() != null) {
                    notes.add("experts recomputed: " + recomputed.experts().size() + " drawn for "
                            + commitment.experts().needs().size() + " need(s) per team — as stated");
                }
            }
            int beforeActions = errors.size();
            for (StratumOutcome o : recomputed.strata()) {
                if (o.shortfall()) {
                    warnings.add("stratum " + o.stratum() + " smaller than quota — all drawn (" + o.eligible()
                            + " eligible, " + o.requested() + " requested)");
                }
            }
            for (int i = 0; i < claimedActions.size(); i++) {
                PostDrawAction a = claimedActions.get(i);
                PostDrawAction expected;
                try {
                    if (a instanceof Substitution s) {
                        expected = engine.substitute(inputs, recomputed, history, s.replaced(), s.reason());
                    } else {
                        Replacement r = (Replacement) a;
                        expected = r.mode() == ReplacementMode.APPROVER_CHOICE
                                ? engine.replaceInspectorByChoice(inputs, recomputed, history, r.target(),
                                        r.replaced(), r.replacement(), r.reason(), r.approvedBy())
                                : engine.replaceInspector(inputs, recomputed, history, r.target(), r.replaced(),
                                        r.reason(), r.approvedBy());
                    }
                } catch (DrawException e) {
                    boolean choice = a instanceof Replacement r && r.mode() == ReplacementMode.APPROVER_CHOICE;
                    errors.add("post-draw action " + (i + 1) + (choice ? " (approver's choice of "
                            + ((Replacement) a).replacement() + ") is not valid: " : " cannot be recomputed: ")
                            + e.getMessage());
                    break;
                }
                if (a instanceof Replacement r && r.mode() == ReplacementMode.APPROVER_CHOICE && expected.equals(a)) {
                    notes.add("post-draw action " + (i + 1) + ": approver " + r.approvedBy() + " chose "
                            + r.replacement() + " for " + r.target() + " — eligibility checked, not recomputable");
                }
                if (!expected.equals(a)) {
                    errors.add("post-draw action " + (i + 1) + ": stated " + a + ", recomputed " + expected);
                }
                history.add(expected);
            }
            if (!claimedActions.isEmpty() && errors.size() == beforeActions) {
                notes.add(claimedActions.size() + " post-draw action(s) recomputed");
            }
        }
        checkLog(errors, warnings, notes, log, commitment, ch, seedInputs, seed,
                recomputed == null ? claimed : recomputed, recomputed == null ? claimed.hash() : recomputedHash,
                claimedActions);
        return new VerificationReport(errors, warnings, notes);
    }

    private static void check(List<String> errors, boolean ok, String message) {
        if (!ok) {
            errors.add(message);
        }
    }

    /** Compares the stated result with the recomputed one; returns the recomputed result's hash. */
    private static Hash32 compareResults(List<String> errors, DrawResult c, DrawResult r) {
        Hash32 rh = r.hash();
        if (c.equals(r)) {
            // every field equal: each check below passes, and equal results have equal encodings, hence hashes
            return rh;
        }
        check(errors, c.status() == r.status(), "status: stated " + c.status() + ", recomputed " + r.status());
        check(errors, Objects.equals(c.failure(), r.failure()),
                "failure: stated " + c.failure() + ", recomputed " + r.failure());
        if (c.strata().size() != r.strata().size()) {
            errors.add("strata: stated " + c.strata().size() + ", recomputed " + r.strata().size());
        } else {
            for (int i = 0; i < r.strata().size(); i++) {
                StratumOutcome a = c.strata().get(i);
                StratumOutcome b = r.strata().get(i);
                String s = "stratum " + b.stratum() + ": ";
                check(errors, a.stratum().equals(b.stratum()), s + "stated as " + a.stratum());
                check(errors, a.eligible() == b.eligible(), s + "eligible stated " + a.eligible() + ", recomputed " + b.eligible());
                check(errors, a.requested() == b.requested(), s + "requested stated " + a.requested() + ", recomputed " + b.requested());
                check(errors, a.quota() == b.quota(), s + "quota stated " + a.quota() + ", recomputed " + b.quota());
                check(errors, a.shortfall() == b.shortfall(), s + "shortfall flag stated " + a.shortfall());
                check(errors, Objects.equals(a.threshold(), b.threshold()),
                        s + "threshold stated " + show(a.threshold()) + ", recomputed " + show(b.threshold()));
                check(errors, a.reserve().equals(b.reserve()), s + "reserve (递补名单) differs: "
                        + listDiff(a.reserve(), b.reserve()));
            }
        }
        if (!c.selected().equals(r.selected())) {
            errors.add("selected targets differ (stated " + c.selected().size() + ", recomputed " + r.selected().size()
                    + "): " + listDiff(c.selected(), r.selected()));
        }
        if (!c.teams().equals(r.teams())) {
            errors.add("teams differ: " + listDiff(c.teams(), r.teams()));
        }
        if (!Objects.equals(c.experts(), r.experts())) {
            errors.add("drawn experts differ: " + (c.experts() == null || r.experts() == null
                    ? "stated " + c.experts() + ", recomputed " + r.experts() : listDiff(c.experts(), r.experts())));
        }
        Hash32 chh = c.hash();
        check(errors, rh.equals(chh), "result hash: stated result hashes to " + chh + ", recomputed " + rh);
        return rh;
    }

    private static String show(RankedTarget t) {
        return t == null ? "none" : t.id() + " key " + t.keyHex();
    }

    private static <T> String listDiff(List<T> stated, List<T> recomputed) {
        Set<T> a = new LinkedHashSet<>(stated);
        Set<T> b = new LinkedHashSet<>(recomputed);
        List<String> parts = new ArrayList<>();
        List<T> extra = a.stream().filter(x -> !b.contains(x)).limit(MAX_LISTED).toList();
        List<T> missing = b.stream().filter(x -> !a.contains(x)).limit(MAX_LISTED).toList();
        if (!extra.isEmpty()) {
            parts.add("stated but not recomputed " + extra);
        }
        if (!missing.isEmpty()) {
            parts.add("recomputed but not stated " + missing);
        }
        if (parts.isEmpty()) {
            for (int i = 0; i < Math.min(stated.size(), recomputed.size()); i++) {
                if (!stated.get(i).equals(recomputed.get(i))) {
                    parts.add("order differs at position " + (i + 1));
                    break;
                }
            }
        }
        return String.join("; ", parts);
    }

    private static void checkLog(List<String> errors, List<String> warnings, List<String> notes, DrawLog log,
            DrawCommitment commitment, Hash32 ch, SeedInputs seedInputs, DrawSeed seed, DrawResult result,
            Hash32 resultHash, List<PostDrawAction> actions) {
        List<String> chain = log.chainProblems();
        chain.forEach(p -> errors.add("log chain: " + p));
        String drawId = commitment.drawId();
        long roundTime = commitment.beacon().roundTime();
        Set<String> committed = new LinkedHashSet<>();
        Set<String> abandoned = new HashSet<>();
        boolean sawCommit = false;
        boolean sawExecute = false;
        Set<String> revealed = new HashSet<>();
        Set<String> pinned = new HashSet<>();
        int actionIndex = 0;
        for (LogEntry e : log.entries()) {
            String id = e.drawId();
            if (id == null) {
                continue;
            }
            if (e.kind() == LogKind.COMMIT) {
                for (String earlier : committed) {
                    if (!abandoned.contains(earlier) && !earlier.equals(id)) {
                        errors.add("log entry " + e.seq() + ": draw " + id + " committed while earlier draw " + earlier
                                + " was never abandoned (a repeated draw must be logged as ABANDON first)");
                    }
                }
                if (!committed.add(id)) {
                    errors.add("log entry " + e.seq() + ": draw " + id + " committed twice");
                }
            } else if (!committed.contains(id)) {
                errors.add("log entry " + e.seq() + " (" + e.kind() + ") for draw " + id + " before its COMMIT");
            }
            if (abandoned.contains(id) && e.kind() != LogKind.CONFIRM) {
                errors.add("log entry " + e.seq() + " (" + e.kind() + ") for draw " + id + " after it was abandoned");
            }
            if (e.kind() == LogKind.ABANDON) {
                abandoned.add(id);
            }
            if (!id.equals(drawId)) {
                continue;
            }
            long at = Instant.parse(e.at()).getEpochSecond();
            switch (e.kind()) {
                case COMMIT -> {
                    sawCommit = true;
                    check(errors, ch.hex().equals(e.field("commitmentHash")), "log entry " + e.seq()
                            + ": COMMIT names commitment " + e.field("commitmentHash") + ", recomputed " + ch);
                    check(errors, at < roundTime, "log entry " + e.seq() + ": COMMIT logged at " + e.at()
                            + ", not before the beacon round time " + Instant.ofEpochSecond(roundTime));
                }
                case WITNESS -> {
                    check(errors, !sawExecute, "log entry " + e.seq() + ": witness reveal after EXECUTE");
                    int w = indexOfWitness(commitment, e.field("witness"));
                    if (w < 0) {
                        errors.add("log entry " + e.seq() + ": WITNESS of unknown witness " + e.field("witness"));
                    } else {
                        check(errors, Objects.equals(seedInputs.witnessReveals().size() > w
                                ? seedInputs.witnessReveals().get(w) : null, e.field("reveal")),
                                "log entry " + e.seq() + ": the logged reveal of " + e.field("witness")
                                        + " differs from the seed input");
                        revealed.add(e.field("witness"));
                        if (at >= roundTime) {
                            warnings.add("witness " + e.field("witness") + " revealed at " + e.at()
                                    + ", after the beacon round was public");
                        }
                    }
                }
                case SOURCE -> {
                    // revision 1.3: the value is fixed in the log before the beacon round is public
                    check(errors, !sawExecute, "log entry " + e.seq() + ": source value entered after EXECUTE");
                    int i = indexOfSource(commitment, e.field("source"));
                    if (i < 0 || !commitment.sources().get(i).pinned()) {
                        errors.add("log entry " + e.seq() + ": SOURCE of " + e.field("source")
                                + ", not a committed source with a declared format");
                    } else if (!pinned.add(e.field("source"))) {
                        errors.add("log entry " + e.seq() + ": source " + e.field("source") + " entered twice");
                    } else {
                        PublicSource source = commitment.sources().get(i);
                        check(errors, Objects.equals(seedInputs.sourceValues().size() > i
                                ? seedInputs.sourceValues().get(i) : null, e.field("value")),
                                "log entry " + e.seq() + ": the logged value of source " + source.name()
                                        + " differs from the seed input (pinned-source rule)");
                        String format = SourceFormat.problem(source.format(), e.field("value"));
                        check(errors, format == null, "log entry " + e.seq() + ": the value of source "
                                + source.name() + " is not in its committed format " + source.format() + ": " + format);
                        check(errors, at < roundTime, "log entry " + e.seq() + ": source " + source.name()
                                + " entered at " + e.at() + ", not before the beacon round time "
                                + Instant.ofEpochSecond(roundTime) + " (the beacon must be the last input)");
                    }
                }
                case EXECUTE -> {
                    check(errors, !sawExecute, "log entry " + e.seq() + ": draw executed twice");
                    sawExecute = true;
                    check(errors, Long.toString(commitment.beacon().round()).equals(e.field("beaconRound")),
                            "log entry " + e.seq() + ": EXECUTE names beacon round " + e.field("beaconRound"));
                    check(errors, seed.seed().hex().equals(e.field("seed")),
                            "log entry " + e.seq() + ": EXECUTE names seed " + e.field("seed") + ", recomputed " + seed.seed());
                    check(errors, resultHash.hex().equals(e.field("resultHash")), "log entry " + e.seq()
                            + ": EXECUTE names result hash " + e.field("resultHash") + ", recomputed " + resultHash);
                    check(errors, result.status().name().equals(e.field("status")),
                            "log entry " + e.seq() + ": EXECUTE names status " + e.field("status"));
                }
                case SUBSTITUTE, REPLACE -> {
                    check(errors, sawExecute, "log entry " + e.seq() + ": " + e.kind() + " before EXECUTE");
                    if (actionIndex >= actions.size()) {
                        errors.add("log entry " + e.seq() + ": " + e.kind() + " not among the published actions");
                    } else {
                        PostDrawAction a = actions.get(actionIndex++);
                        var expected = a instanceof Substitution s ? DrawLog.substitute(drawId, s)
                                : DrawLog.replace(drawId, (Replacement) a);
                        if (a instanceof Replacement r && r.mode() == ReplacementMode.NEXT_RANKED
                                && !e.fields().containsKey("mode")) {
                            // entries written before protocol revision 1.1 have no mode: NEXT_RANKED
                            expected = new java.util.HashMap<>(expected);
                            expected.remove("mode");
                        }
                        boolean kindOk = (a instanceof Substitution) == (e.kind() == LogKind.SUBSTITUTE);
                        check(errors, kindOk && expected.equals(e.fields()), "log entry " + e.seq() + ": " + e.kind()
                                + " " + e.fields() + " does not match published action " + actionIndex);
                    }
                }
                case ABANDON -> warnings.add("draw " + drawId + " was abandoned (log entry " + e.seq() + "): "
                        + e.field("reason"));
                case DISPATCH, CONFIRM -> {
                    // recorded facts; nothing to recompute
                }
            }
        }
        check(errors, sawCommit, "the log has no COMMIT for draw " + drawId);
        check(errors, sawExecute, "the log has no EXECUTE for draw " + drawId);
        check(errors, actionIndex == actions.size(), (actions.size() - actionIndex)
                + " published post-draw action(s) are missing from the log");
        for (WitnessCommitment w : commitment.witnesses()) {
            check(errors, revealed.contains(w.witness()), "the log has no WITNESS reveal for " + w.witness());
        }
        for (PublicSource source : commitment.sources()) {
            if (source.pinned()) {
                check(errors, pinned.contains(source.name()), "the log has no SOURCE entry for " + source.name()
                        + ": its value was not pinned before the beacon round (pinned-source rule)");
            } else {
                warnings.add("source " + source.name() + " declares no value format (commitment before revision 1.3):"
                        + " its value was not pinned before the beacon, so the beacon is not provably the last input");
            }
        }
        if (chain.isEmpty()) {
            notes.add("log chain intact: " + log.entries().size() + " entries, head " + log.head());
        }
    }

    private static int indexOfSource(DrawCommitment c, String name) {
        for (int i = 0; i < c.sources().size(); i++) {
            if (c.sources().get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfWitness(DrawCommitment c, String name) {
        for (int i = 0; i < c.witnesses().size(); i++) {
            if (c.witnesses().get(i).witness().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
