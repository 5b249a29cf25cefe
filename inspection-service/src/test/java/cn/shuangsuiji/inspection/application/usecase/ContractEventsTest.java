package cn.shuangsuiji.inspection.application.usecase;

import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.contracts.inspection.InspectionOverdue;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.RecordEvent;
import cn.shuangsuiji.inspection.domain.record.ResultCategory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContractEventsTest {

    @Test
    void aSubmittedResultIsPublishedWithItsPublicPartOnly() {
        InspectionRecord record = record();
        RecordEvent submitted = submitAmr(record, ResultCategory.PROBLEM_FOUND_CORRECTION_ORDERED).get(0);
        InspectionResultRecorded event = (InspectionResultRecorded) ContractEvents.of(record, submitted, null, NOW);
        assertThat(event.inspectionId()).isEqualTo(record.id().value());
        assertThat(event.entityName()).isEqualTo("曲阳县某某商贸有限公司");
        assertThat(event.departmentId()).isEqualTo(AMR);
        assertThat(event.initiatingDepartmentId()).isEqualTo(AMR);
        assertThat(event.category()).isEqualTo("PROBLEM_FOUND_CORRECTION_ORDERED");
        assertThat(event.checkDate()).isEqualTo(CHECK_DATE);
        assertThat(event.items()).singleElement().satisfies(item -> {
            assertThat(item.itemVersion()).isEqualTo(2);
            assertThat(item.subItems()).extracting(s -> s.result()).containsExactly("NORMAL", "ABNORMAL");
        });
        assertThat(event.toString()).doesNotContain("未公示年报").doesNotContain("责令十日内改正")
                .doesNotContain(AMR_LEADER.subject());
    }

    @Test
    void aCorrectionCarriesBothVersionsAndTheReason() {
        InspectionRecord record = record();
        submitAmr(record, ResultCategory.NO_PROBLEM_FOUND);
        record.proposeCorrection(AMR, amrForm(ResultCategory.QUALIFIED), "笔误", DEFINITIONS, AMR_LEADER, NOW);
        RecordEvent corrected = record.signOffCorrection(AMR, AMR_HEAD, NOW).get(0);
        InspectionResultCorrected event = (InspectionResultCorrected) ContractEvents.of(record, corrected, null, NOW);
        assertThat(event.newVersion()).isEqualTo(2);
        assertThat(event.reason()).isEqualTo("笔误");
        assertThat(event.corrected().category()).isEqualTo("QUALIFIED");
        assertThat(event.earlier().category()).isEqualTo("NO_PROBLEM_FOUND");
    }

    @Test
    void aMissedDeadlineIsPublishedAsCountingAsNotDone() {
        InspectionRecord record = checked(record(), AMR, AMR_LEADER);
        List<RecordEvent> missed = record.detectOverdue(LocalDate.of(2026, 5, 12), NOW);
        InspectionOverdue event = (InspectionOverdue) ContractEvents.of(record, missed.get(0), null, NOW);
        assertThat(event.deadlineKind()).isEqualTo("RESULT_ENTRY");
        assertThat(event.dueDate()).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(event.countsAsNotDone()).isTrue();
        assertThat(event.jointOfficeId()).isEqualTo("130634");
    }
}
