package cn.shuangsuiji.inspection.domain.record;

import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.AMR;
import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.AMR_LEADER;
import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.NOW;
import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.PSB;
import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.PSB_INSPECTOR;
import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.SYSTEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15 on the joint inspection record: experts help the team (S0 9) and are shown as experts — not members, not
 * counted, refused as result recorders; an entrusted professional institution (S1 19) is recorded by the department's
 * inspector with its report as an attachment, and kept in the history.
 */
class ExpertsAndInstitutionsTest {

    static final RecordExpert DRAWN = new RecordExpert("ex-1", AMR, "特种设备", "DRAWN", null);
    static final RecordExpert ASSIGNED = new RecordExpert("ex-5", AMR, "食品安全", "ASSIGNED", "需要食品检验专业人员");

    static void refused(Runnable call, ProblemKind kind, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainProblem.class, p -> {
            assertThat(p.code()).isEqualTo(code);
            assertThat(p.kind()).isEqualTo(kind);
        });
    }

    @Test
    void expertsAreShownOnTheFormButAreNeitherMembersNorRecorders() {
        InspectionRecord record = RecordFixtures.record();
        int members = record.team().size();
        record.expertsJoined(List.of(DRAWN), SYSTEM, NOW);
        record.expertsJoined(List.of(DRAWN, ASSIGNED), SYSTEM, NOW); // a redelivered team adds nothing twice
        assertThat(record.experts()).containsExactly(DRAWN, ASSIGNED);
        assertThat(record.team()).hasSize(members).extracting(TeamMember::inspectorId).doesNotContain("ex-1", "ex-5");
        assertThat(record.leaderId()).isNotIn("ex-1", "ex-5");
        assertThat(record.history()).filteredOn(h -> h.action().equals("EXPERT_JOINED")).hasSize(2)
                .anySatisfy(h -> assertThat(h.detail()).contains("负责人指派").contains("需要食品检验专业人员"));
        Who expert = new Who("ex-1", "张工", AMR, "ex-1");
        refused(() -> record.recordPreCheck(AMR, "比对", expert, NOW), ProblemKind.FORBIDDEN, "EXPERT_NOT_A_RECORDER");
        record.recordPreCheck(AMR, "比对年报", AMR_LEADER, NOW); // the team's inspector still records
    }

    @Test
    void anEntrustedInstitutionNeedsItsReportOnTheRecordAndTheDepartmentsInspector() {
        InspectionRecord record = RecordFixtures.record();
        refused(() -> record.entrust(new EntrustedInstitution("河北某检测院", EntrustedWork.TESTING, "att-missing", AMR,
                AMR_LEADER.subject(), NOW), AMR_LEADER, NOW), ProblemKind.INVALID, "INSTITUTION_REPORT_UNKNOWN");
        String report = RecordFixtures.attach(record, AMR_LEADER);
        refused(() -> record.entrust(new EntrustedInstitution("河北某检测院", EntrustedWork.TESTING, report, AMR,
                PSB_INSPECTOR.subject(), NOW), PSB_INSPECTOR, NOW), ProblemKind.FORBIDDEN, "PART_OF_ANOTHER_DEPARTMENT");
        refused(() -> new EntrustedInstitution(" ", EntrustedWork.AUDIT, report, AMR, "u", NOW), ProblemKind.INVALID,
                "INSTITUTION_NAME_INVALID");
        refused(() -> new EntrustedInstitution("某会计师事务所", null, report, AMR, "u", NOW), ProblemKind.INVALID,
                "INSTITUTION_WORK_REQUIRED");
        record.entrust(new EntrustedInstitution("河北某检测院", EntrustedWork.TESTING, report, AMR, AMR_LEADER.subject(),
                NOW), AMR_LEADER, NOW);
        assertThat(record.institutions()).singleElement().satisfies(i -> {
            assertThat(i.work().chineseName()).isEqualTo("检验检测");
            assertThat(i.reportAttachmentId()).isEqualTo(report);
        });
        assertThat(record.history()).anySatisfy(h -> {
            assertThat(h.action()).isEqualTo("INSTITUTION_ENTRUSTED");
            assertThat(h.departmentId()).isEqualTo(AMR);
        });
        assertThat(PSB).isNotEqualTo(AMR);
    }
}
