package cn.shuangsuiji.planning.adapter.in.demo;

import cn.shuangsuiji.planning.application.port.in.CreatePlanCommand;
import cn.shuangsuiji.planning.application.port.in.PlanDraft;
import cn.shuangsuiji.planning.application.port.in.PlanUseCases;
import cn.shuangsuiji.planning.application.port.in.ReferenceDataUseCases;
import cn.shuangsuiji.planning.domain.plan.AdministrativeLevel;
import cn.shuangsuiji.planning.domain.plan.CatalogItem;
import cn.shuangsuiji.planning.domain.plan.DepartmentId;
import cn.shuangsuiji.planning.domain.plan.InspectionTask;
import cn.shuangsuiji.planning.domain.plan.ItemRef;
import cn.shuangsuiji.planning.domain.plan.ObjectScope;
import cn.shuangsuiji.planning.domain.plan.PlanId;
import cn.shuangsuiji.planning.domain.plan.PlanKind;
import cn.shuangsuiji.planning.domain.plan.PlanStatus;
import cn.shuangsuiji.planning.domain.plan.SampleSize;
import cn.shuangsuiji.planning.domain.plan.TaskId;
import cn.shuangsuiji.planning.domain.policy.CreditClass;
import cn.shuangsuiji.planning.domain.reference.KnownDepartment;
import cn.shuangsuiji.platform.security.Actor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * 演示数据 — once the registry's demo departments and items have arrived over Kafka, creates for the current year
 * an approved and published annual plan per demo department and a joint plan of qy-amr with qy-psb and qy-cult.
 * Runs in a background thread so start-up is not blocked; plan ids are fixed, so a restart creates nothing twice.
 */
@Component
@ConditionalOnProperty(name = "ssj.demo.enabled", havingValue = "true")
class DemoPlansRunner implements ApplicationRunner {

    static final List<String> DEPARTMENTS = List.of("bd-amr", "qy-amr", "qy-psb", "qy-eco", "qy-cult", "qy-emg");
    static final String INITIATOR = "qy-amr";
    static final List<String> PARTICIPANTS = List.of("qy-psb", "qy-cult");

    private static final Logger log = LoggerFactory.getLogger(DemoPlansRunner.class);

    /** The demo drafts as one platform component and approves as another (不相容职务分离 holds for the demo too). */
    private static final Actor PLANNER = Actor.system("demo");
    private static final Actor APPROVER = Actor.system("demo-approval");

    private final PlanUseCases plans;
    private final ReferenceDataUseCases reference;
    private final Clock clock;
    private final Duration waitForRegistry;

    DemoPlansRunner(PlanUseCases plans, ReferenceDataUseCases reference, Clock clock,
                    @Value("${ssj.demo.wait-for-registry:5m}") Duration waitForRegistry) {
        this.plans = plans;
        this.reference = reference;
        this.clock = clock;
        this.waitForRegistry = waitForRegistry;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread worker = new Thread(this::createWhenReady, "planning-demo");
        worker.setDaemon(true);
        worker.start();
    }

    void createWhenReady() {
        Instant deadline = clock.instant().plus(waitForRegistry);
        while (!ready()) {
            if (clock.instant().isAfter(deadline)) {
                log.warn("Demo plans not created: registry demo departments/items did not arrive within {}",
                        waitForRegistry);
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        try {
            createAll();
        } catch (RuntimeException e) {
            log.error("Demo plans could not be created", e);
        }
    }

    boolean ready() {
        Set<String> known = reference.departments().stream().map(d -> d.id().value()).collect(Collectors.toSet());
        return known.containsAll(DEPARTMENTS) && DEPARTMENTS.stream()
                .allMatch(d -> !reference.publishedItemsUsableBy(new DepartmentId(d)).isEmpty());
    }

    void createAll() {
        int year = LocalDate.now(clock.withZone(ZoneId.of("Asia/Shanghai"))).getYear();
        for (String department : DEPARTMENTS) {
            DepartmentId id = new DepartmentId(department);
            PlanId planId = new PlanId("demo-" + year + "-annual-" + department);
            List<InspectionTask> tasks = new ArrayList<>();
            List<CatalogItem> items = reference.publishedItemsUsableBy(id);
            for (int i = 0; i < Math.min(2, items.size()); i++) {
                tasks.add(task("t" + (i + 1), items.get(i), id, year, i));
            }
            createApprovePublish(planId, PlanKind.ANNUAL, year, nameOf(id) + " " + year + " 年度双随机抽查计划", id,
                    List.of(), tasks);
        }
        DepartmentId initiator = new DepartmentId(INITIATOR);
        List<ItemRef> jointItems = new ArrayList<>();
        for (String department : concat(INITIATOR, PARTICIPANTS)) {
            DepartmentId id = new DepartmentId(department);
            CatalogItem item = reference.publishedItemsUsableBy(id).get(0);
            jointItems.add(new ItemRef(item.itemId(), item.version(), id));
        }
        InspectionTask joint = new InspectionTask(new TaskId("joint-1"), "文化娱乐场所“进一次门、查多项事”联合抽查",
                jointItems, ObjectScope.everything(), List.of(SampleSize.ofRatio(null, "0.05")),
                LocalDate.of(year, 4, 1), LocalDate.of(year, 11, 30), 1, AdministrativeLevel.COUNTY, List.of(),
                Optional.empty());
        createApprovePublish(new PlanId("demo-" + year + "-joint-qy"), PlanKind.JOINT, year,
                "曲阳县 " + year + " 年度部门联合双随机抽查计划", initiator,
                PARTICIPANTS.stream().map(DepartmentId::new).toList(), List.of(joint));
        log.info("Demo plans for {} are in place", year);
    }

    private void createApprovePublish(PlanId id, PlanKind kind, int year, String title, DepartmentId department,
                                      List<DepartmentId> participants, List<InspectionTask> tasks) {
        if (!plans.exists(id)) {
            plans.create(new CreatePlanCommand(id, kind, year, new PlanDraft(title, participants, tasks),
                    new cn.shuangsuiji.planning.domain.plan.Actor(PLANNER.subject(), department)), PLANNER);
        }
        PlanStatus status = plans.get(id, PLANNER).status();
        if (status == PlanStatus.DRAFT) {
            plans.submit(id, PLANNER);
            status = PlanStatus.SUBMITTED;
        }
        if (status == PlanStatus.SUBMITTED) {
            plans.approve(id, APPROVER);
            status = PlanStatus.APPROVED;
        }
        if (status == PlanStatus.APPROVED) {
            plans.publish(id, APPROVER);
        }
    }

    private static InspectionTask task(String id, CatalogItem item, DepartmentId department, int year, int index) {
        LocalDate start = LocalDate.of(year, 3 + index * 4, 1);
        LocalDate end = start.plusMonths(4).minusDays(1);
        return new InspectionTask(new TaskId(id), Optional.ofNullable(item.checkProject()).orElse(item.itemId())
                + " 抽查", List.of(new ItemRef(item.itemId(), item.version(), department)), ObjectScope.everything(),
                List.of(SampleSize.ofRatio(CreditClass.A, "0.03"), SampleSize.ofRatio(CreditClass.B, "0.05"),
                        SampleSize.ofRatio(CreditClass.C, "0.30"), SampleSize.ofRatio(CreditClass.D, "1"),
                        SampleSize.ofRatio(null, "0.05")),
                start, end, 1, AdministrativeLevel.COUNTY, List.of(), Optional.empty());
    }

    private String nameOf(DepartmentId id) {
        return reference.departments().stream().filter(d -> d.id().equals(id)).map(KnownDepartment::name)
                .findFirst().orElse(id.value());
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
