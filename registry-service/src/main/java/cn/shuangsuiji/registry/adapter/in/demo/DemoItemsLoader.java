package cn.shuangsuiji.registry.adapter.in.demo;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.registry.application.port.in.ClaimItemCommand;
import cn.shuangsuiji.registry.application.port.in.DraftItemCommand;
import cn.shuangsuiji.registry.application.port.in.ItemUseCases;
import cn.shuangsuiji.registry.application.port.in.JointItemListUseCases;
import cn.shuangsuiji.registry.application.port.in.PublishItemCommand;
import cn.shuangsuiji.registry.application.port.in.PublishJointItemListCommand;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.item.InspectionMethod;
import cn.shuangsuiji.registry.domain.item.InspectionObjectType;
import cn.shuangsuiji.registry.domain.item.ItemCategory;
import cn.shuangsuiji.registry.domain.item.ItemContent;
import cn.shuangsuiji.registry.domain.item.ItemVersionStatus;
import cn.shuangsuiji.registry.domain.item.JointItemListId;
import cn.shuangsuiji.registry.domain.item.SubItem;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * 演示事项清单 — publishes a few hundred realistic items for the demo departments, generated from
 * {@code demo/items-projects.txt} (check projects × objects × methods), lets 曲阳县市场监督管理局 claim items of
 * 保定市市场监督管理局 and publishes one joint list of 市场监管 + 公安 + 文旅. Ids are deterministic
 * ({@code item-qy-amr-001}, see {@code DEMO.md}); anything already present is skipped.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "ssj.demo.enabled", havingValue = "true")
class DemoItemsLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoItemsLoader.class);
    /** The demo loader acts as the platform itself. */
    private static final Actor DEMO = Actor.system("demo");
    static final String RESOURCE = "demo/items-projects.txt";
    static final DepartmentId CLAIMANT = new DepartmentId("qy-amr");
    /** Items of bd-amr that qy-amr claims: the product quality checks, done on site. */
    static final String CLAIMED_PROJECT = "重要工业产品质量监督抽查";
    static final JointItemListId JOINT_LIST = new JointItemListId("joint-qy-2024-01");
    static final String JOINT_LIST_NAME = "曲阳县市场监管、公安、文化和旅游部门联合抽查事项清单（2024 年）";
    /** Joint list picks: department, check project, object, method. */
    static final List<String[]> JOINT_PICKS = List.of(
            new String[] {"qy-amr", "企业公示信息检查", "有限责任公司", "ON_SITE"},
            new String[] {"qy-amr", "登记事项检查", "个体工商户", "ON_SITE"},
            new String[] {"qy-amr", "价格行为检查", "景区", "ON_SITE"},
            new String[] {"qy-psb", "旅馆业治安管理检查", "宾馆、酒店", "ON_SITE"},
            new String[] {"qy-psb", "互联网安全监督检查", "网吧", "ONLINE"},
            new String[] {"qy-cult", "娱乐场所经营活动检查", "KTV", "ON_SITE"},
            new String[] {"qy-cult", "互联网上网服务营业场所检查", "网吧", "ON_SITE"});

    /**
     * The demo joint task's item of 曲阳县市场监督管理局 ({@code item-qy-amr-001}) needs expert help in this field (S0 9):
     * the demo draw draws one of {@link DemoExpertsLoader}'s experts for every team.
     */
    static final String EXPERT_ITEM_DEPARTMENT = "qy-amr";
    static final String EXPERT_ITEM_FIELD = "特种设备";

    private final ItemUseCases items;
    private final JointItemListUseCases jointLists;
    private final DemoStartupRetry retry;

    DemoItemsLoader(ItemUseCases items, JointItemListUseCases jointLists, DemoStartupRetry retry) {
        this.items = items;
        this.jointLists = jointLists;
        this.retry = retry;
    }

    @Override
    public void run(ApplicationArguments args) {
        retry.run("demo items", this::loadMissing);
    }

    private void loadMissing() {
        List<Spec> specs = catalogue();
        int created = 0;
        for (Spec spec : specs) {
            if (!items.exists(spec.id())) {
                items.draft(new DraftItemCommand(Optional.of(spec.id()), spec.department(), spec.content()), DEMO);
                created++;
            }
            InspectionItem item = items.get(spec.id());
            if (item.latest().status() == ItemVersionStatus.DRAFT) {
                items.publish(new PublishItemCommand(spec.id(), item.latest().number(), OptionalLong.empty()), DEMO);
            }
        }
        int claimed = 0;
        for (Spec spec : specs) {
            if (spec.department().value().equals("bd-amr") && spec.project().equals(CLAIMED_PROJECT)
                    && spec.method() == InspectionMethod.ON_SITE && !items.get(spec.id()).isClaimedBy(CLAIMANT)) {
                items.claim(new ClaimItemCommand(spec.id(), CLAIMANT), DEMO);
                claimed++;
            }
        }
        if (!jointLists.exists(JOINT_LIST)) {
            List<PublishJointItemListCommand.Item> picked = new ArrayList<>();
            for (String[] pick : JOINT_PICKS) {
                Spec spec = specs.stream().filter(s -> s.department().value().equals(pick[0])
                                && s.project().equals(pick[1]) && s.target().equals(pick[2])
                                && s.method().name().equals(pick[3])).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No demo item for " + Arrays.toString(pick)));
                picked.add(new PublishJointItemListCommand.Item(spec.department(), spec.id()));
            }
            jointLists.publish(new PublishJointItemListCommand(JOINT_LIST, JOINT_LIST_NAME,
                    new DepartmentId("qy-amr"), List.of(new DepartmentId("qy-psb"), new DepartmentId("qy-cult")),
                    picked), DEMO);
        }
        log.info("Demo items: {} in catalogue, {} created, {} claims added", specs.size(), created, claimed);
    }

    /** The generated demo items, in file order. */
    static List<Spec> catalogue() {
        List<Spec> specs = new ArrayList<>();
        Map<String, Integer> counters = new LinkedHashMap<>();
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String department = null;
            String[] project = null;
            List<SubItem> subItems = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("@")) {
                    department = line.substring(1).strip();
                } else if (line.startsWith("P|")) {
                    project = line.split("\\|");
                    subItems = new ArrayList<>();
                } else if (line.startsWith("S|")) {
                    String[] s = line.split("\\|");
                    subItems.add(new SubItem(s[1], s.length > 2 ? List.of(s[2].split(",")) : SubItem.DEFAULT_RESULTS));
                } else if (line.startsWith("T|") && project != null && department != null) {
                    String[] t = line.split("\\|");
                    for (String method : project[3].split(",")) {
                        int n = counters.merge(department, 1, Integer::sum);
                        specs.add(spec(department, n, project, List.copyOf(subItems), t[1],
                                InspectionObjectType.valueOf(t[2]), InspectionMethod.valueOf(method)));
                    }
                } else {
                    throw new IllegalStateException("Malformed line in " + RESOURCE + ": " + line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return specs;
    }

    private static Spec spec(String department, int n, String[] p, List<SubItem> subItems, String target,
                             InspectionObjectType objectType, InspectionMethod method) {
        String names = String.join("、", subItems.stream().map(SubItem::name).toList());
        ItemContent content = new ItemContent(p[1] + "（" + target + "）", subItems,
                "采取" + method.chineseName() + "方式，对" + target + "检查" + names + "等情况。", p[2], method,
                objectType, ItemCategory.valueOf(p[4]), new BigDecimal(p[5]), Integer.parseInt(p[6]), null,
                EXPERT_ITEM_DEPARTMENT.equals(department) && n == 1 ? EXPERT_ITEM_FIELD : null);
        return new Spec(new InspectionItemId("item-%s-%03d".formatted(department, n)), new DepartmentId(department),
                p[1], target, method, content);
    }

    /** One generated item. */
    record Spec(InspectionItemId id, DepartmentId department, String project, String target, InspectionMethod method,
                ItemContent content) {
    }
}
