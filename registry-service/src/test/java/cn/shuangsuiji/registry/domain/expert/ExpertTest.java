package cn.shuangsuiji.registry.domain.expert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import cn.shuangsuiji.registry.domain.tag.TagCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExpertTest {

    private static final DepartmentId AMR = new DepartmentId("qy-amr");
    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");

    private static DeclaredRelation spouse() {
        return new DeclaredRelation(RelationKind.SPOUSE, Optional.of("王秀兰"), Optional.of("13063419800101002X"),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static DeclaredRelation interest() {
        return new DeclaredRelation(RelationKind.INTEREST_HOLDING, Optional.empty(), Optional.empty(),
                Optional.of("曲阳县宏达石材有限公司"), Optional.of("91130634MA0CXXXX1X"), Optional.of("配偶持股 20%"));
    }

    private static Expert expert() {
        return Expert.register(new ExpertId("exp-1"), "李建国", "河北省特种设备监督检验研究院", AMR,
                List.of("特种设备", "压力容器", "特种设备"), Set.of(new TagCode("sp")), Optional.of("13803121234"),
                List.of(spouse(), interest()), T);
    }

    @Test
    void onlyAnAdministratorOfTheOwningDepartmentSeesPersonalData() {
        Expert e = expert();
        assertThat(e.specialties()).containsExactly("特种设备", "压力容器");
        ExpertViewer admin = new ExpertViewer(Optional.of(AMR), true);
        assertThat(e.asSeenBy(admin)).isEqualTo(e);
        for (ExpertViewer other : List.of(ExpertViewer.anonymous(), new ExpertViewer(Optional.of(AMR), false),
                new ExpertViewer(Optional.of(new DepartmentId("qy-psb")), true))) {
            Expert seen = e.asSeenBy(other);
            assertThat(e.personalDataVisibleTo(other)).isFalse();
            assertThat(seen.phone()).contains("138****1234");
            DeclaredRelation r = seen.relations().get(0);
            assertThat(r.personName()).contains("王**");
            assertThat(r.idNumber()).contains("130*************2X");
            DeclaredRelation i = seen.relations().get(1);
            assertThat(i.organisationName().orElseThrow()).startsWith("曲阳").doesNotContain("宏达");
            assertThat(i.uscc().orElseThrow()).startsWith("9113").doesNotContain("MA0C");
            assertThat(i.note()).contains("***");
        }
    }

    @Test
    void relationsNeedThePersonOrTheOrganisation() {
        assertThatThrownBy(() -> new DeclaredRelation(RelationKind.LINEAL_RELATIVE, Optional.of(" "), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "EXPERT_RELATION_PERSON_REQUIRED");
        assertThatThrownBy(() -> new DeclaredRelation(RelationKind.FORMER_EMPLOYER, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(DomainProblem.class)
                .hasFieldOrPropertyWithValue("code", "EXPERT_RELATION_ORGANISATION_REQUIRED");
        assertThatThrownBy(() -> new DeclaredRelation(RelationKind.SPOUSE, Optional.of("王"), Optional.of("1234"),
                Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "EXPERT_RELATION_ID_NUMBER_INVALID");
    }

    @Test
    void validatesNameSpecialtiesAndPhone() {
        assertThatThrownBy(() -> Expert.register(new ExpertId("e"), " ", "单位", AMR, List.of("食品"), Set.of(),
                Optional.empty(), List.of(), T)).isInstanceOf(DomainProblem.class)
                .hasFieldOrPropertyWithValue("code", "EXPERT_NAME_INVALID");
        assertThatThrownBy(() -> Expert.register(new ExpertId("e"), "张三", "单位", AMR, List.of(" "), Set.of(),
                Optional.empty(), List.of(), T)).isInstanceOf(DomainProblem.class)
                .hasFieldOrPropertyWithValue("code", "EXPERT_SPECIALTIES_REQUIRED");
        assertThatThrownBy(() -> Expert.register(new ExpertId("e"), "张三", "单位", AMR, List.of("食品"), Set.of(),
                Optional.of("abc"), List.of(), T)).isInstanceOf(DomainProblem.class)
                .hasFieldOrPropertyWithValue("code", "EXPERT_PHONE_INVALID");
    }
}
