package cn.shuangsuiji.planning.domain.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Small builders for plan tests. */
final class PlanFixtures {

    static final DepartmentId AMR = new DepartmentId("qy-amr");
    static final DepartmentId PSB = new DepartmentId("qy-psb");
    static final DepartmentId CULT = new DepartmentId("qy-cult");
    static final Actor PLANNER = new Actor("u-planner", AMR);
    static final Actor APPROVER = new Actor("u-approver", AMR);
    static final Instant NOW = Instant.parse("2024-01-10T02:00:00Z");

    private PlanFixtures() {
    }

    static InspectionTask task(String id, String itemId, DepartmentId department, SampleSize... sizes) {
        return task(id, List.of(new ItemRef(itemId, 1, department)), LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 6, 30), 1, Optional.empty(), sizes);
    }

    static InspectionTask task(String id, List<ItemRef> items, LocalDate start, LocalDate end, int frequency,
                               Optional<Integer> population, SampleSize... sizes) {
        return new InspectionTask(new TaskId(id), "任务 " + id, items, ObjectScope.everything(), List.of(sizes),
                start, end, frequency, AdministrativeLevel.COUNTY, List.of(), population);
    }

    static PlanContent annual(InspectionTask... tasks) {
        return new PlanContent(PlanKind.ANNUAL, 2024, "2024 年度抽查计划", AMR, List.of(), List.of(tasks));
    }

    static PlanContent joint(List<DepartmentId> participants, InspectionTask... tasks) {
        return new PlanContent(PlanKind.JOINT, 2024, "2024 联合抽查计划", AMR, participants, List.of(tasks));
    }

    static Plan draftPlan() {
        return Plan.draft(new PlanId("p-1"), annual(task("t1", "item-amr-1", AMR, SampleSize.ofRatio(null, "0.05"))),
                PLANNER, NOW);
    }

    /** A catalogue: every item published and owned by the department named in its id (item-amr-1 → qy-amr). */
    static Function<ItemKey, Optional<CatalogItem>> catalogue(CatalogItem... extra) {
        Map<ItemKey, CatalogItem> items = new HashMap<>();
        for (CatalogItem item : extra) {
            items.put(new ItemKey(item.itemId(), item.version()), item);
        }
        return key -> Optional.ofNullable(items.get(key)).or(() -> {
            String[] parts = key.itemId().split("-");
            if (parts.length < 3 || !parts[0].equals("item")) {
                return Optional.empty();
            }
            return Optional.of(new CatalogItem(key.itemId(), key.version(), new DepartmentId("qy-" + parts[1]), true,
                    Set.of(), "检查项目"));
        });
    }
}
