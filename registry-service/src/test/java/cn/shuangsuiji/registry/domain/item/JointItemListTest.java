package cn.shuangsuiji.registry.domain.item;

import static cn.shuangsuiji.registry.domain.item.ItemTestData.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.registry.domain.item.JointItemList.Contribution;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JointItemListTest {

    private static final DepartmentId AMR = new DepartmentId("qy-amr");
    private static final DepartmentId PSB = new DepartmentId("qy-psb");
    private static final DepartmentId CITY = new DepartmentId("bd-amr");
    private static final Instant T = Instant.parse("2024-02-01T00:00:00Z");
    private static final JointItemListId ID = new JointItemListId("joint-1");

    private static InspectionItem published(String id, DepartmentId owner) {
        return InspectionItem.draft(new InspectionItemId(id), owner, content("项目 " + id), T).publish(1, T);
    }

    private static String code(Runnable r) {
        try {
            r.run();
        } catch (DomainProblem p) {
            return p.code();
        }
        throw new AssertionError("no problem");
    }

    @Test
    void combinesPublishedItemsOfSeveralDepartmentsPinnedToTheirVersion() {
        InspectionItem claimed = published("c1", CITY).claim(AMR, List.of(CITY), T);
        JointItemList list = JointItemList.publish(ID, "联合清单", AMR, List.of(PSB),
                List.of(new Contribution(AMR, published("a1", AMR)), new Contribution(PSB, published("p1", PSB)),
                        new Contribution(AMR, claimed)), T);
        assertThat(list.participants()).containsExactly(PSB, AMR);
        assertThat(list.entries()).extracting(JointItemEntry::version).containsOnly(1);
        assertThat(list.entries()).extracting(e -> e.itemId().value()).containsExactly("a1", "p1", "c1");
    }

    @Test
    void needsTwoDepartmentsEachBringingAnItem() {
        assertThat(code(() -> JointItemList.publish(ID, "x", AMR, List.of(AMR),
                List.of(new Contribution(AMR, published("a1", AMR))), T))).isEqualTo("JOINT_LIST_TOO_FEW_DEPARTMENTS");
        assertThat(code(() -> JointItemList.publish(ID, "x", AMR, List.of(PSB),
                List.of(new Contribution(AMR, published("a1", AMR))), T)))
                .isEqualTo("JOINT_LIST_DEPARTMENT_WITHOUT_ITEMS");
        assertThat(code(() -> JointItemList.publish(ID, "x", AMR, List.of(PSB), List.of(), T)))
                .isEqualTo("JOINT_LIST_EMPTY");
    }

    @Test
    void refusesUnpublishedForeignDuplicateAndNonParticipantItems() {
        InspectionItem draft = InspectionItem.draft(new InspectionItemId("d1"), PSB, content("d"), T);
        assertThat(code(() -> JointItemList.publish(ID, "x", AMR, List.of(PSB),
                List.of(new Contribution(AMR, published("a1", AMR)), new Contribution(PSB, draft)), T)))
                .isEqualTo("JOINT_LIST_ITEM_NOT_PUBLISHED");
        assertThat(code(() -> JointItemList.publish(ID, "x", AMR, List.of(PSB),
                List.of(new Contribution(AMR, published("a1", AMR)), new Contribution(PSB, published("a2", AMR))), T)))
                .isEqualTo("JOINT_LIST_ITEM_NOT_OF_DEPARTMENT");
        InspectionItem a1 = published("a1", AMR);
        assertThat(code(() -> JointItemList.publish(ID, "x", AMR, List.of(PSB),
                List.of(new Contribution(AMR, a1), new Contribution(AMR, a1), new Contribution(PSB,
                        published("p1", PSB))), T))).isEqualTo("JOINT_LIST_ITEM_DUPLICATE");
        assertThat(code(() -> JointItemList.publish(ID, "x", AMR, List.of(PSB),
                List.of(new Contribution(AMR, a1), new Contribution(CITY, published("b1", CITY))), T)))
                .isEqualTo("JOINT_LIST_DEPARTMENT_NOT_PARTICIPATING");
    }

    @Test
    void aWithdrawnItemCannotJoin() {
        InspectionItem withdrawn = published("p1", PSB).withdraw("废止", T);
        assertThatThrownBy(() -> JointItemList.publish(ID, "x", AMR, List.of(PSB),
                List.of(new Contribution(AMR, published("a1", AMR)), new Contribution(PSB, withdrawn)), T))
                .isInstanceOf(DomainProblem.class).hasMessageContaining("1 个事项");
    }
}
