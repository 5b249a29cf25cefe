package cn.shuangsuiji.registry.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;
import cn.shuangsuiji.registry.application.port.in.ExpertDrawPoolQuery;
import cn.shuangsuiji.registry.application.port.in.ExpertQuery;
import cn.shuangsuiji.registry.application.port.out.ExpertRepository;
import cn.shuangsuiji.registry.domain.expert.DeclaredRelation;
import cn.shuangsuiji.registry.domain.expert.Expert;
import cn.shuangsuiji.registry.domain.expert.ExpertId;
import cn.shuangsuiji.registry.domain.expert.RelationKind;
import cn.shuangsuiji.registry.domain.item.InspectionItem;
import cn.shuangsuiji.registry.domain.item.InspectionItemId;
import cn.shuangsuiji.registry.domain.item.InspectionMethod;
import cn.shuangsuiji.registry.domain.item.InspectionObjectType;
import cn.shuangsuiji.registry.domain.item.ItemCategory;
import cn.shuangsuiji.registry.domain.item.ItemContent;
import cn.shuangsuiji.registry.domain.item.SubItem;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.privacy.TestPseudonyms;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: an item version can need expert help in a field (专业领域) and says so in its published event; a
 * department's expert library is read for draws by services only — ids, fields and keyed relation keys, never a name,
 * phone or ID number.
 */
class ExpertDrawPoolTest {

    static final Instant NOW = Instant.parse("2026-03-01T02:00:00Z");
    static final Actor SERVICE = new Actor("ssj-services", "ssj-services", Set.of(Role.SERVICE), null, null, null,
            "ssj-services");

    @Test
    void aPublishedItemCarriesTheExpertiseItNeeds() {
        ItemContent content = new ItemContent("特种设备使用单位检查", List.of(SubItem.of("使用登记")), "检查内容",
                "《特种设备安全法》", InspectionMethod.ON_SITE, InspectionObjectType.ENTERPRISE, ItemCategory.KEY,
                new BigDecimal("0.05"), 1, null, " 特种设备 ");
        InspectionItem item = InspectionItem.draft(new InspectionItemId("amr-se"), new DepartmentId("qy-amr"),
                content, NOW).publish(1, NOW);
        InspectionItemPublished event = RegistryEventFactory.published(item, item.published().orElseThrow());
        assertThat(event.expertise()).isEqualTo("特种设备");
        assertThat(content.needsExpert()).isTrue();
        assertThatThrownBy(() -> new ItemContent("p", List.of(SubItem.of("a")), "c", "l", InspectionMethod.ONLINE,
                InspectionObjectType.ENTERPRISE, ItemCategory.GENERAL, BigDecimal.ONE, 1, null, "特种\u0001设备"))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.code()).isEqualTo("ITEM_EXPERTISE_INVALID"));
        assertThat(new ItemContent("p", List.of(SubItem.of("a")), "c", "l", InspectionMethod.ONLINE,
                InspectionObjectType.ENTERPRISE, ItemCategory.GENERAL, BigDecimal.ONE, 1).needsExpert()).isFalse();
    }

    @Test
    void theDrawPoolHasIdsFieldsAndKeyedRelationKeysOnlyAndOnlyServicesReadIt() {
        List<Expert> stored = new ArrayList<>();
        stored.add(Expert.register(new ExpertId("ex-1"), "张工", "某检测院", new DepartmentId("qy-amr"),
                List.of("特种设备"), Set.of(), Optional.of("13900000000"), List.of(new DeclaredRelation(
                        RelationKind.SPOUSE, Optional.of("王秀兰"), Optional.of("13063419800101002X"), Optional.empty(),
                        Optional.empty(), Optional.empty())), NOW));
        stored.add(Expert.register(new ExpertId("ex-2"), "李工", "某大学", new DepartmentId("qy-amr"),
                List.of("食品安全"), Set.of(), Optional.empty(), List.of(), NOW));
        stored.add(Expert.register(new ExpertId("ex-9"), "赵工", "某所", new DepartmentId("qy-psb"),
                List.of("特种设备"), Set.of(), Optional.empty(), List.of(), NOW));
        ReadExpertDrawPool read = new ReadExpertDrawPool(new Fake(stored), TestPseudonyms.PSEUDONYMS);

        List<ExpertDrawPoolQuery.Entry> pool = read.drawPool(new DepartmentId("qy-amr"), SERVICE);
        assertThat(pool).extracting(ExpertDrawPoolQuery.Entry::id).containsExactly("ex-1", "ex-2");
        assertThat(pool.get(0).relationKeys())
                .containsExactly(TestPseudonyms.PSEUDONYMS.partyKey("13063419800101002X"));
        assertThat(pool.get(0).toString()).doesNotContain("13063419800101002X").doesNotContain("张工")
                .doesNotContain("13900000000");
        assertThatThrownBy(() -> read.drawPool(new DepartmentId("qy-amr"), new Actor("clerk", "clerk",
                Set.of(Role.REGISTRY_CLERK), "qy-amr", null, null, null)))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.code()).isEqualTo("FORBIDDEN"));
    }

    /** An expert repository over a list. */
    record Fake(List<Expert> experts) implements ExpertRepository {
        @Override
        public Optional<Expert> find(ExpertId id) {
            return experts.stream().filter(e -> e.id().equals(id)).findFirst();
        }

        @Override
        public boolean exists(ExpertId id) {
            return find(id).isPresent();
        }

        @Override
        public Expert insert(Expert expert) {
            experts.add(expert);
            return expert;
        }

        @Override
        public Expert update(Expert expert) {
            return expert;
        }

        @Override
        public List<Expert> page(ExpertQuery q) {
            return experts.stream().filter(e -> q.department().map(e.department()::equals).orElse(true))
                    .filter(e -> q.after().map(a -> e.id().value().compareTo(a.value()) > 0).orElse(true))
                    .sorted(Comparator.comparing(e -> e.id().value())).limit(q.limit()).toList();
        }
    }
}
