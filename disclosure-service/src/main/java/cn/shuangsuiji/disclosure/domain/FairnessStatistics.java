package cn.shuangsuiji.disclosure.domain;

import cn.shuangsuiji.contracts.disclosure.PublicDraw;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * 公平性统计 (B6) — how often the entities of each stratum (credit-risk class) and region were inspected in a year
 * (0, 1, 2, 3 or more times), from the completed draws' current targets and the registry's population counts, and
 * per stratum a chi-square check that selections spread over the regions in proportion to their populations (what
 * a uniform draw over the whole stratum gives). A task whose scope is one region skews this check by design, so a
 * low p-value is a prompt to look, not a verdict. Counts only: no entity is named.
 */
public final class FairnessStatistics {

    private FairnessStatistics() {
    }

    /**
     * Computes the statistics.
     *
     * @param year       the year
     * @param draws      the draws (completed ones of the year count)
     * @param population entities per stratum and region: stratum → region → count
     * @param regionOf   the region of an inspected entity (null when unknown)
     */
    public static Fairness compute(int year, List<PublicDraw> draws, Map<String, Map<String, Long>> population,
                                   java.util.function.Function<String, String> regionOf) {
        Map<String, Integer> timesInspected = new HashMap<>();
        Map<String, String> stratumOf = new HashMap<>();
        for (PublicDraw d : draws) {
            if (d.year() != year || !DrawDossier.COMPLETED.equals(d.status())) {
                continue;
            }
            for (PublicDraw.Target t : d.targets()) {
                if (t.current() && t.entityId() != null) {
                    timesInspected.merge(t.entityId(), 1, Integer::sum);
                    stratumOf.putIfAbsent(t.entityId(), t.stratum());
                }
            }
        }
        Map<String, Map<String, long[]>> counts = new TreeMap<>();
        for (Map.Entry<String, Integer> e : timesInspected.entrySet()) {
            String stratum = stratumOf.get(e.getKey());
            String region = regionOf.apply(e.getKey());
            long[] c = counts.computeIfAbsent(stratum, s -> new TreeMap<>())
                    .computeIfAbsent(region == null ? "UNKNOWN" : region, r -> new long[4]);
            // c[0]: inspected at least once; c[1], c[2], c[3]: once, twice, three times or more
            c[Math.min(e.getValue(), 3)]++;
            c[0]++;
        }
        List<Cell> cells = new ArrayList<>();
        List<Uniformity> checks = new ArrayList<>();
        TreeSet<String> strata = new TreeSet<>(population.keySet());
        strata.addAll(counts.keySet());
        for (String stratum : strata) {
            Map<String, Long> regions = population.getOrDefault(stratum, Map.of());
            Map<String, long[]> observed = counts.getOrDefault(stratum, Map.of());
            TreeSet<String> all = new TreeSet<>(regions.keySet());
            all.addAll(observed.keySet());
            for (String region : all) {
                long[] c = observed.getOrDefault(region, new long[4]);
                long pop = Math.max(regions.getOrDefault(region, 0L), c[0]);
                cells.add(new Cell(stratum, region, pop, pop - c[0], c[1], c[2], c[3]));
            }
            checks.add(uniformity(stratum, regions, observed));
        }
        return new Fairness(year, cells, checks, repeatPairings(year, draws));
    }

    private static RepeatPairings repeatPairings(int year, List<PublicDraw> draws) {
        long avoided = 0;
        long reporting = 0;
        long total = 0;
        for (PublicDraw d : draws) {
            if (d.year() != year || DrawDossier.ABANDONED.equals(d.status())) {
                continue;
            }
            total++;
            Integer count = d.commitment() == null ? null : d.commitment().repeatPairingsAvoided();
            if (count != null) {
                reporting++;
                avoided += count;
            }
        }
        return new RepeatPairings(avoided, reporting, total);
    }

    private static Uniformity uniformity(String stratum, Map<String, Long> population, Map<String, long[]> observed) {
        long total = population.values().stream().mapToLong(Long::longValue).sum();
        long selections = 0;
        for (long[] c : observed.values()) {
            selections += c[1] + 2 * c[2] + 3 * c[3];
        }
        if (total == 0 || selections == 0 || population.size() < 2) {
            return new Uniformity(stratum, selections, population.size(), null, null, null);
        }
        double chi = 0;
        for (Map.Entry<String, Long> region : population.entrySet()) {
            double expected = selections * (double) region.getValue() / total;
            long[] c = observed.getOrDefault(region.getKey(), new long[4]);
            double seen = c[1] + 2 * c[2] + 3 * c[3];
            if (expected > 0) {
                chi += (seen - expected) * (seen - expected) / expected;
            }
        }
        int df = population.size() - 1;
        double p = ChiSquare.upperTail(chi, df);
        return new Uniformity(stratum, selections, population.size(), round(chi), df, round(p));
    }

    private static Double round(double v) {
        return Math.round(v * 10000.0) / 10000.0;
    }

    /**
     * The statistics of a year.
     *
     * @param year   the year
     * @param cells  per stratum and region: population and entities inspected 0, 1, 2, 3+ times
     * @param checks per stratum: the uniformity check over regions
     * @param repeatPairings repeat pairings avoided (回避重复搭配) by the year's draws
     */
    public record Fairness(int year, List<Cell> cells, List<Uniformity> checks, RepeatPairings repeatPairings) {

        public Fairness {
            cells = List.copyOf(cells);
            checks = List.copyOf(checks);
        }
    }

    /**
     * 重复搭配回避 — inspector–entity pairings that the year's committed draws excluded because the inspector had
     * checked that entity within the policy's years. A count, never who.
     *
     * @param avoided        pairings excluded, summed over the draws that report it
     * @param drawsReporting draws of the year (not abandoned) whose events report the count
     * @param drawsTotal     draws of the year (not abandoned)
     */
    public record RepeatPairings(long avoided, long drawsReporting, long drawsTotal) {
    }

    /**
     * One stratum and region.
     *
     * @param stratum         credit-risk class or ALL
     * @param regionCode      region
     * @param population      entities in the registry
     * @param inspectedNever  inspected 0 times
     * @param inspectedOnce   1 time
     * @param inspectedTwice  2 times
     * @param inspectedMore   3 or more times
     */
    public record Cell(String stratum, String regionCode, long population, long inspectedNever, long inspectedOnce,
                       long inspectedTwice, long inspectedMore) {
    }

    /**
     * 均匀性检验 — selections over regions against a draw uniform over the stratum.
     *
     * @param stratum          the stratum
     * @param selections       selections counted
     * @param regions          regions with a population
     * @param chiSquare        the statistic, or null when there is nothing to test
     * @param degreesOfFreedom regions − 1
     * @param pValue           upper tail probability; small values mean the spread is unlikely under uniformity
     */
    public record Uniformity(String stratum, long selections, int regions, Double chiSquare, Integer degreesOfFreedom,
                             Double pValue) {
    }
}
