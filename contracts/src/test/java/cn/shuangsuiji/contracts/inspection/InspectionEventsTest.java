package cn.shuangsuiji.contracts.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.contracts.EventCatalog;
import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.Topics;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class InspectionEventsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    private static final List<PublicItemResult> ITEMS = List.of(new PublicItemResult("item-1", 2, "营业执照检查",
            List.of(new PublicItemResult.SubItemResult("公示信息", "NORMAL"))));

    @Test
    void theTenCategoriesOfS1Article20AreListedInOrder() {
        assertThat(ResultCategories.NAMES).hasSize(10);
        assertThat(ResultCategories.NAMES.values()).startsWith("未发现问题").endsWith("合格", "不合格");
    }

    @Test
    void everyInspectionEventIsCataloguedOnTheResultsTopicKeyedByTheRecord() {
        for (Class<? extends IntegrationEvent> type : InspectionEvents.TYPES) {
            assertThat(EventCatalog.all().find(cn.shuangsuiji.contracts.EventTypes.of(type).name())).contains(type);
            assertThat(cn.shuangsuiji.contracts.EventTypes.of(type).topic()).isEqualTo(Topics.INSPECTION_RESULTS);
        }
        InspectionResultRecorded recorded = recorded();
        assertThat(recorded.aggregateId()).isEqualTo("ins-1");
        assertThat(recorded.topic()).isEqualTo("ssj.inspection.results.v1");
        assertThat(recorded.result().version()).isEqualTo(1);
    }

    @Test
    void eventsRoundTripThroughJsonWithoutDerivedProperties() {
        InspectionResultRecorded recorded = recorded();
        String text = json.writeValueAsString(recorded);
        assertThat(text).doesNotContain("aggregateId").doesNotContain("\"result\":{");
        assertThat(json.readValue(text, InspectionResultRecorded.class)).isEqualTo(recorded);

        InspectionResultCorrected corrected = new InspectionResultCorrected(UUID.randomUUID(), AT, "ins-1", "e-1",
                "曲阳县某某公司", "91130634MA0000000X", "qy-amr", "plan-1", "task-1", "draw-1", 2, "录入错误",
                AT, new PublicInspectionResult(2, ITEMS, ResultCategories.QUALIFIED, LocalDate.of(2026, 5, 28), AT),
                recorded.result());
        assertThat(json.readValue(json.writeValueAsString(corrected), InspectionResultCorrected.class))
                .isEqualTo(corrected);

        FollowUpRecorded followUp = new FollowUpRecorded(UUID.randomUUID(), AT, "ins-1", "fu-1", "e-1", null, null,
                "qy-amr", "plan-1", "task-1", "draw-1", "RECTIFICATION_ORDERED", null, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 6, 15), null, AT);
        assertThat(json.readValue(json.writeValueAsString(followUp), FollowUpRecorded.class)).isEqualTo(followUp);

        InspectionOverdue overdue = new InspectionOverdue(UUID.randomUUID(), AT, "ins-1", "e-1", null, "qy-amr",
                "130634", "plan-1", "task-1", "draw-1", "RESULT_ENTRY", LocalDate.of(2026, 6, 4),
                LocalDate.of(2026, 6, 5), true);
        assertThat(json.readValue(json.writeValueAsString(overdue), InspectionOverdue.class)).isEqualTo(overdue);
    }

    private static InspectionResultRecorded recorded() {
        return new InspectionResultRecorded(UUID.randomUUID(), AT, "ins-1", "e-1", "曲阳县某某公司",
                "91130634MA0000000X", "qy-amr", "qy-amr", "plan-1", "task-1", "draw-1", ITEMS,
                ResultCategories.PROBLEM_FOUND_CORRECTION_ORDERED, LocalDate.of(2026, 5, 28), AT, 1);
    }
}
