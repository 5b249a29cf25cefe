package cn.shuangsuiji.registry.domain.item;

import static cn.shuangsuiji.registry.domain.item.ItemTestData.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import cn.shuangsuiji.registry.domain.organisation.DepartmentId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectionItemTest {

    private static final DepartmentId CITY = new DepartmentId("bd-amr");
    private static final DepartmentId COUNTY = new DepartmentId("qy-amr");
    private static final DepartmentId POLICE = new DepartmentId("qy-psb");
    private static final Instant T0 = Instant.parse("2024-01-02T01:00:00Z");
    private static final Instant T1 = T0.plusSeconds(60);
    private static final Instant T2 = T0.plusSeconds(120);

    private static InspectionItem drafted() {
        return InspectionItem.draft(new InspectionItemId("item-1"), CITY, content("企业公示信息检查"), T0);
    }

    private static InspectionItem published() {
        return drafted().publish(1, T1);
    }

    private static void assertProblem(Runnable action, String code, ProblemKind kind) {
        assertThatThrownBy(action::run).isInstanceOf(DomainProblem.class)
                .satisfies(e -> {
                    assertThat(((DomainProblem) e).code()).isEqualTo(code);
                    assertThat(((DomainProblem) e).kind()).isEqualTo(kind);
                });
    }

    @Test
    void aNewItemIsADraftVersionOneThatIsNotInForce() {
        InspectionItem item = drafted();
        assertThat(item.latest().number()).isEqualTo(1);
        assertThat(item.latest().status()).isEqualTo(ItemVersionStatus.DRAFT);
        assertThat(item.published()).isEmpty();
        assertThat(item.draft()).isPresent();
    }

    @Test
    void aDraftCanBeEditedButAPublishedVersionCannot() {
        InspectionItem edited = drafted().editDraft(1, content("改过的检查项目"));
        assertThat(edited.version(1).content().checkProject()).isEqualTo("改过的检查项目");
        InspectionItem item = edited.publish(1, T1);
        assertProblem(() -> item.editDraft(1, content("再改")), "ITEM_VERSION_IMMUTABLE", ProblemKind.CONFLICT);
        assertThat(item.version(1).content().checkProject()).isEqualTo("改过的检查项目");
    }

    @Test
    void publishingSetsTheTimeAndPublishingTwiceIsRefused() {
        InspectionItem item = published();
        assertThat(item.published()).get().extracting(ItemVersion::number).isEqualTo(1);
        assertThat(item.version(1).publishedAt()).contains(T1);
        assertProblem(() -> item.publish(1, T2), "ITEM_ALREADY_PUBLISHED", ProblemKind.CONFLICT);
    }

    @Test
    void aChangeMakesVersionTwoAndPublishingItSupersedesVersionOne() {
        InspectionItem revised = published().reviseAsNewVersion(content("企业公示信息检查（2024 版）"), T1);
        assertThat(revised.versions()).hasSize(2);
        assertThat(revised.published()).get().extracting(ItemVersion::number).isEqualTo(1);
        InspectionItem item = revised.publish(2, T2);
        assertThat(item.version(1).status()).isEqualTo(ItemVersionStatus.SUPERSEDED);
        assertThat(item.version(1).endedAt()).contains(T2);
        assertThat(item.version(1).content().checkProject()).isEqualTo("企业公示信息检查");
        assertThat(item.published()).get().extracting(v -> v.content().checkProject())
                .isEqualTo("企业公示信息检查（2024 版）");
        assertProblem(() -> item.publish(1, T2), "ITEM_VERSION_NOT_DRAFT", ProblemKind.CONFLICT);
    }

    @Test
    void onlyOneDraftAtATime() {
        assertProblem(() -> drafted().reviseAsNewVersion(content("x"), T1), "ITEM_DRAFT_EXISTS", ProblemKind.CONFLICT);
    }

    @Test
    void unknownVersionsAreNotFound() {
        assertProblem(() -> drafted().publish(2, T1), "ITEM_VERSION_NOT_FOUND", ProblemKind.NOT_FOUND);
        assertProblem(() -> drafted().editDraft(0, content("x")), "ITEM_VERSION_NOT_FOUND", ProblemKind.NOT_FOUND);
    }

    @Test
    void withdrawingNeedsAReasonAndAPublishedVersion() {
        assertProblem(() -> published().withdraw(" ", T2), "ITEM_WITHDRAWAL_REASON_REQUIRED", ProblemKind.INVALID);
        assertProblem(() -> drafted().withdraw("法规废止", T2), "ITEM_NOT_PUBLISHED", ProblemKind.CONFLICT);
        InspectionItem item = published().withdraw("法规废止", T2);
        assertThat(item.published()).isEmpty();
        assertThat(item.version(1).status()).isEqualTo(ItemVersionStatus.WITHDRAWN);
        assertThat(item.version(1).withdrawalReason()).contains("法规废止");
        assertProblem(() -> item.withdraw("again", T2), "ITEM_NOT_PUBLISHED", ProblemKind.CONFLICT);
    }

    @Test
    void aWithdrawnItemCanBeRepublishedAsANewVersion() {
        InspectionItem item = published().withdraw("法规修订", T1).reviseAsNewVersion(content("新版"), T1).publish(2, T2);
        assertThat(item.published()).get().extracting(ItemVersion::number).isEqualTo(2);
        assertThat(item.version(1).status()).isEqualTo(ItemVersionStatus.WITHDRAWN);
    }

    @Test
    void aLowerDepartmentOfTheSameLineClaimsAPublishedItem() {
        InspectionItem item = published().claim(COUNTY, List.of(CITY), T2);
        assertThat(item.isClaimedBy(COUNTY)).isTrue();
        assertThat(item.claims()).singleElement().satisfies(c -> {
            assertThat(c.version()).isEqualTo(1);
            assertThat(c.claimedAt()).isEqualTo(T2);
        });
        assertProblem(() -> item.claim(COUNTY, List.of(CITY), T2), "ITEM_ALREADY_CLAIMED", ProblemKind.CONFLICT);
    }

    @Test
    void claimsAreRefusedFromOutsideTheLineForOwnItemsAndForUnpublishedItems() {
        assertProblem(() -> published().claim(POLICE, List.of(), T2), "ITEM_CLAIM_NOT_FROM_ABOVE", ProblemKind.CONFLICT);
        assertProblem(() -> published().claim(POLICE, List.of(new DepartmentId("bd-psb")), T2),
                "ITEM_CLAIM_NOT_FROM_ABOVE", ProblemKind.CONFLICT);
        assertProblem(() -> published().claim(CITY, List.of(), T2), "ITEM_CLAIM_OWN_ITEM", ProblemKind.CONFLICT);
        assertProblem(() -> drafted().claim(COUNTY, List.of(CITY), T2), "ITEM_NOT_PUBLISHED", ProblemKind.CONFLICT);
    }

    @Test
    void aGrandchildMayClaimFromTwoLevelsUp() {
        InspectionItem item = published().claim(new DepartmentId("town"), List.of(COUNTY, CITY), T2);
        assertThat(item.isClaimedBy(new DepartmentId("town"))).isTrue();
    }

    @Test
    void versionsMustBeNumberedWithoutGaps() {
        ItemVersion v2 = drafted().version(1);
        assertThatThrownBy(() -> new InspectionItem(new InspectionItemId("x"), CITY,
                List.of(new ItemVersion(2, v2.content(), ItemVersionStatus.DRAFT, T0, java.util.Optional.empty(),
                        java.util.Optional.empty(), java.util.Optional.empty())), List.of(), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
