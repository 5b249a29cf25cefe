package cn.shuangsuiji.draw.domain.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.plan.TaskScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** 避免重复检查: which candidates count as repeat checks, and what each policy does with them. */
class RepeatCheckScreeningTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    /** qy-* in county 130634; bd-amr in the city 130600; qy-nowhere without a known region. */
    static final Map<String, String> REGIONS = Map.of("qy-amr", "130634", "qy-psb", "130634", "qy-eco",
            "130634", "bd-amr", "130600");
    static final Function<String, Optional<String>> REGION = d -> Optional.ofNullable(REGIONS.get(d));

    /** The task: item-a checked by qy-amr, item-b by qy-psb. */
    static final PlannedTask TASK = new PlannedTask("t-1", "联合", List.of(new PlannedTask.ItemRef("item-a", "qy-amr"),
            new PlannedTask.ItemRef("item-b", "qy-psb")), TaskScope.everything(), List.of(), "COUNTY", List.of());

    static CheckRecord check(String inspection, String department, String entity, LocalDate date,
                             String... items) {
        return new CheckRecord(inspection, department, entity, List.of(items), date, 1);
    }

    static RepeatCheckScreening screen(RepeatCheckPolicy policy, CheckRecord... checks) {
        return RepeatCheckScreening.screen(TASK, 2026, policy, List.of(checks), REGION);
    }

    @Test
    void everyItemAlreadyCheckedByOtherDepartmentsOfTheJurisdictionIsExcluded() {
        RepeatCheckScreening s = screen(RepeatCheckPolicy.EXCLUDE,
                check("i-1", "qy-eco", "e-1", DAY, "item-a"), check("i-2", "qy-amr", "e-1", DAY, "item-b"));

        assertThat(s.excluded()).containsExactly("e-1");
        assertThat(s.flagged()).isEmpty();
    }

    @Test
    void onlySomeItemsCheckedIsKeptAndFlaggedEvenUnderExclude() {
        RepeatCheckScreening s = screen(RepeatCheckPolicy.EXCLUDE, check("i-1", "qy-eco", "e-1", DAY, "item-a"));

        assertThat(s.excluded()).isEmpty();
        assertThat(s.flagged()).containsExactly("e-1");
    }

    @Test
    void flagPolicyKeepsEveryRepeatCheck() {
        RepeatCheckScreening s = screen(RepeatCheckPolicy.FLAG,
                check("i-1", "qy-eco", "e-1", DAY, "item-a", "item-b"), check("i-2", "qy-eco", "e-2", DAY, "item-b"));

        assertThat(s.excluded()).isEmpty();
        assertThat(s.flagged()).containsExactlyInAnyOrder("e-1", "e-2");
    }

    @Test
    void theSameDepartmentAnotherJurisdictionAnUnknownRegionOrAnotherYearIsNoRepeatCheck() {
        RepeatCheckScreening s = screen(RepeatCheckPolicy.EXCLUDE,
                check("i-1", "qy-amr", "e-1", DAY, "item-a"),                    // the department planning it
                check("i-2", "bd-amr", "e-2", DAY, "item-a", "item-b"),          // the city: S2 18's rule
                check("i-3", "qy-nowhere", "e-3", DAY, "item-a", "item-b"),      // region unknown
                check("i-4", "qy-eco", "e-4", DAY.minusYears(1), "item-a"),      // last year
                check("i-5", "qy-eco", "e-5", DAY, "item-other"));               // an item not in the task

        assertThat(s.excluded()).isEmpty();
        assertThat(s.flagged()).isEmpty();
    }

    @Test
    void thePolicyDefaultsToExcludeAndRefusesUnknownNames() {
        assertThat(RepeatCheckPolicy.of(null)).isEqualTo(RepeatCheckPolicy.EXCLUDE);
        assertThat(RepeatCheckPolicy.of("FLAG")).isEqualTo(RepeatCheckPolicy.FLAG);
        assertThatThrownBy(() -> RepeatCheckPolicy.of("SOMETIMES")).isInstanceOf(IllegalArgumentException.class);
    }
}
