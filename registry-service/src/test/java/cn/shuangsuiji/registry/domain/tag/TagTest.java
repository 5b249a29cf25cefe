package cn.shuangsuiji.registry.domain.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagTest {

    private static final Instant T = Instant.parse("2024-01-01T00:00:00Z");
    private static final TagCode FOOD = new TagCode("food");
    private static final TagCode CATERING = new TagCode("food.catering");
    private static final TagCode SCHOOL = new TagCode("food.catering.school");

    @Test
    void aTagCanMoveUnderAnotherBranch() {
        Tag tag = Tag.create(SCHOOL, "学校食堂", Optional.of(CATERING), Set.of(TagTarget.ENTITY), T);
        Tag moved = tag.moveUnder(Optional.of(FOOD), List.of());
        assertThat(moved.parent()).contains(FOOD);
        assertThat(moved.moveUnder(Optional.empty(), List.of()).parent()).isEmpty();
    }

    @Test
    void refusesCycles() {
        Tag food = Tag.create(FOOD, "食品", Optional.empty(), Set.of(TagTarget.ENTITY), T);
        assertThatThrownBy(() -> food.moveUnder(Optional.of(SCHOOL), List.of(CATERING, FOOD)))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "TAG_CYCLE");
        assertThatThrownBy(() -> food.moveUnder(Optional.of(FOOD), List.of()))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "TAG_CYCLE");
        assertThatThrownBy(() -> Tag.create(FOOD, "食品", Optional.of(FOOD), Set.of(TagTarget.ENTITY), T))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "TAG_CYCLE");
    }

    @Test
    void validatesNameTargetsAndCode() {
        assertThatThrownBy(() -> Tag.create(FOOD, " ", Optional.empty(), Set.of(TagTarget.ENTITY), T))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "TAG_NAME_INVALID");
        assertThatThrownBy(() -> Tag.create(FOOD, "食品", Optional.empty(), Set.of(), T))
                .isInstanceOf(DomainProblem.class).hasFieldOrPropertyWithValue("code", "TAG_TARGETS_REQUIRED");
        assertThatThrownBy(() -> new TagCode("食品")).isInstanceOf(IllegalArgumentException.class);
        Tag tag = Tag.create(FOOD, "食品", Optional.empty(), Set.of(TagTarget.ENTITY, TagTarget.EXPERT), T);
        assertThat(tag.appliesTo(TagTarget.EXPERT)).isTrue();
        assertThat(tag.appliesTo(TagTarget.INSPECTOR)).isFalse();
        assertThat(tag.describe("食品安全", Set.of(TagTarget.INSPECTOR)).appliesTo(TagTarget.INSPECTOR)).isTrue();
    }
}
