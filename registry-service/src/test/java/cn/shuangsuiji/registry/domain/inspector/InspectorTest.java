package cn.shuangsuiji.registry.domain.inspector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectorTest {

    static InspectorDetails details(String cert, InspectorStatus status, LocalDate until) {
        return new InspectorDetails("qy-amr", "李明", "科员", cert, LocalDate.of(2023, 1, 1), until, "城区所", "130634",
                List.of("item-1"), List.of("食品"), List.of(), status, "13700000000", "11010519491231002X",
                DeclaredRelations.NONE);
    }

    @Test
    void onlyActiveInspectorsWithAValidCertificateAreDrawable() {
        LocalDate day = LocalDate.of(2025, 6, 1);
        assertThat(Inspector.register(details("C1", InspectorStatus.ACTIVE, LocalDate.of(2025, 6, 1)), Instant.EPOCH)
                .drawableOn(day)).isTrue();
        assertThat(Inspector.register(details("C1", InspectorStatus.ACTIVE, LocalDate.of(2025, 5, 31)), Instant.EPOCH)
                .drawableOn(day)).isFalse();
        assertThat(Inspector.register(details("C1", InspectorStatus.SUSPENDED, LocalDate.of(2030, 1, 1)),
                Instant.EPOCH).drawableOn(day)).isFalse();
        assertThat(Inspector.register(details("C1", InspectorStatus.TRANSFERRED_OUT, LocalDate.of(2030, 1, 1)),
                Instant.EPOCH).drawableOn(day)).isFalse();
    }

    @Test
    void certificateNumberIdentifiesTheInspector() {
        Inspector inspector = Inspector.register(details("C1", InspectorStatus.ACTIVE, LocalDate.of(2030, 1, 1)),
                Instant.EPOCH);
        assertThat(inspector.revise(details("C1", InspectorStatus.SUSPENDED, LocalDate.of(2030, 1, 1)), Instant.EPOCH)
                .version()).isEqualTo(2);
        assertThatThrownBy(() -> inspector.revise(details("C2", InspectorStatus.ACTIVE, LocalDate.of(2030, 1, 1)),
                Instant.EPOCH)).hasFieldOrPropertyWithValue("code", "INSPECTOR_IDENTITY_CHANGE");
    }

    @Test
    void validatesDatesIdNumbersAndDeclaredRelations() {
        assertThatThrownBy(() -> new InspectorDetails("qy-amr", "李明", null, "C1", LocalDate.of(2025, 1, 1),
                LocalDate.of(2024, 1, 1), null, "130634", null, null, null, InspectorStatus.ACTIVE, null,
                "110105194912310021", new DeclaredRelations(List.of(new Relative("", "配偶", "11010519491331002X")),
                List.of("91350100M000100Y44"), List.of(new FormerEmployer("91350100M000100Y4", "某公司")))))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.fieldProblems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("idNumber", "ID_NUMBER_CHECK_DIGIT"),
                                org.assertj.core.groups.Tuple.tuple("certificateValidUntil", "DATE_RANGE"),
                                org.assertj.core.groups.Tuple.tuple("relations.relatives[0].name", "REQUIRED"),
                                org.assertj.core.groups.Tuple.tuple("relations.relatives[0].idNumber",
                                        "ID_NUMBER_BIRTH_DATE"),
                                org.assertj.core.groups.Tuple.tuple("relations.interestUsccs[0]",
                                        "USCC_CHECK_CHARACTER"),
                                org.assertj.core.groups.Tuple.tuple("relations.formerEmployers[0].uscc",
                                        "USCC_FORMAT")));
    }
}
