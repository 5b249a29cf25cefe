package cn.shuangsuiji.draw.domain.draw;

import cn.shuangsuiji.draw.domain.plan.ApprovedPlan;
import cn.shuangsuiji.draw.domain.plan.PlannedTask;
import cn.shuangsuiji.draw.domain.plan.PolicyFacts;
import cn.shuangsuiji.draw.domain.plan.TaskScope;
import cn.shuangsuiji.draw.domain.snapshot.EntityRecord;
import cn.shuangsuiji.draw.domain.snapshot.InspectorRecord;
import cn.shuangsuiji.drawprotocol.Hash32;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A small joint plan (qy-amr initiating, qy-psb and qy-cult joining), its entities and inspectors. */
public final class DrawFixtures {

    public static final String PLAN = "plan-2026-joint";
    public static final String TASK = "joint-1";
    public static final List<String> DEPARTMENTS = List.of("qy-amr", "qy-psb", "qy-cult");

    private DrawFixtures() {
    }

    /** Twice a year (two rounds, S2 18). */
    public static ApprovedPlan plan(int maxPerYear, List<PlannedTask.SampleSize> sizes) {
        PolicyFacts policy = new PolicyFacts("hebei", 3, maxPerYear, 2, "SUBSTITUTION_DRAW", 1, null, 0, null);
        PlannedTask task = new PlannedTask(TASK, "联合抽查", List.of(
                new PlannedTask.ItemRef("item-amr-1", "qy-amr"), new PlannedTask.ItemRef("item-psb-1", "qy-psb"),
                new PlannedTask.ItemRef("item-cult-1", "qy-cult")), TaskScope.everything(), sizes, "COUNTY",
                List.of(), 2);
        return new ApprovedPlan(PLAN, 1, "JOINT", 2026, "qy-amr", List.of("qy-psb", "qy-cult"), policy,
                List.of(task), false);
    }

    public static ApprovedPlan plan() {
        return plan(2, List.of(new PlannedTask.SampleSize("A", "0.05", null),
                new PlannedTask.SampleSize("B", null, 4), new PlannedTask.SampleSize("C", null, 30)));
    }

    /** 200 entities: classes A (120), B (60), C (20). */
    public static List<EntityRecord> entities() {
        List<EntityRecord> list = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String cls = i < 120 ? "A" : i < 180 ? "B" : "C";
            list.add(new EntityRecord("ent-" + uscc(i), "ENTERPRISE", "130634", "C13", cls, "ACTIVE", List.of(), 0,
                    uscc(i), "法人" + i));
        }
        return list;
    }

    public static String uscc(int i) {
        return String.format("91130634MA%08d", i);
    }

    public static List<InspectorRecord> inspectors(int perDepartment, List<String> relationKeysOfFirst) {
        List<InspectorRecord> list = new ArrayList<>();
        for (String d : DEPARTMENTS) {
            String item = "item-" + d.substring(3) + "-1";
            for (int i = 1; i <= perDepartment; i++) {
                list.add(new InspectorRecord("ins-" + d + "-" + i, d, "130634", "执法", List.of(item), List.of(),
                        List.of(), "ACTIVE", i == 1 ? relationKeysOfFirst : List.of()));
            }
        }
        return list;
    }

    public static String key(String value) {
        return Hash32.sha256(value.getBytes(StandardCharsets.UTF_8)).hex();
    }
}
