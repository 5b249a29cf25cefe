package cn.shuangsuiji.inspection.application.usecase;

import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.AMR;
import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.AMR_LEADER;
import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.AMR_ITEM;
import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.DRAW_DATE;
import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.NOW;
import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.PSB;
import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.PSB_ITEM;
import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.SYSTEM;
import static cn.shuangsuiji.inspection.domain.record.RecordFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.shuangsuiji.inspection.application.port.out.InspectionRecords;
import cn.shuangsuiji.inspection.application.port.out.ReferenceData;
import cn.shuangsuiji.inspection.domain.record.FollowUpKind;
import cn.shuangsuiji.inspection.domain.record.InspectionId;
import cn.shuangsuiji.inspection.domain.record.InspectionRecord;
import cn.shuangsuiji.inspection.domain.record.PolicyTerms;
import cn.shuangsuiji.inspection.domain.record.RecordFixtures;
import cn.shuangsuiji.inspection.domain.record.ResultCategory;
import cn.shuangsuiji.inspection.domain.record.TeamMember;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.Role;

class ViewPreCheckHistoryTest {

    /** In-memory records: only what the use case reads. */
    static final class Records implements InspectionRecords {
        final Map<InspectionId, InspectionRecord> byId = new LinkedHashMap<>();

        @Override
        public Optional<InspectionRecord> find(InspectionId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public List<InspectionRecord> resultsOfEntity(String entityId) {
            return byId.values().stream().filter(r -> r.entityId().equals(entityId))
                    .filter(r -> r.parts().stream().anyMatch(p -> p.current() != null)).toList();
        }

        @Override
        public List<InspectionRecord> findByDraw(String drawId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean insert(InspectionRecord record) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long update(InspectionRecord record) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<InspectionRecord> tasksOf(String inspectorId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<InspectionRecord> overdue(Collection<String> departmentIds, String jointOfficeId, LocalDate today,
                                              int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<InspectionRecord> withDueDateBefore(LocalDate today, int limit, String afterId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long nameEntity(String entityId, String entityName, String uscc) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Set<String> unnamedEntities(java.util.Collection<String> entityIds) {
            throw new UnsupportedOperationException();
        }
    }

    static final ReferenceData NO_REFERENCE = (ReferenceData) java.lang.reflect.Proxy.newProxyInstance(
            ReferenceData.class.getClassLoader(), new Class<?>[] {ReferenceData.class},
            (proxy, method, args) -> method.getReturnType() == Optional.class ? Optional.empty() : null);

    static final Actor PSB_INSPECTOR = new Actor("qy-psb-inspector", "王警官", Set.of(Role.INSPECTOR), PSB, null,
            "psb-1", "ssj-mobile");
    static final Actor OUTSIDER = new Actor("qy-eco-inspector", "外部门", Set.of(Role.INSPECTOR), "qy-eco", null,
            "eco-1", "ssj-mobile");

    Records records = new Records();

    ViewPreCheckHistory at(LocalDate today) {
        return new ViewPreCheckHistory(records, NO_REFERENCE,
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.ofHours(8)).plusSeconds(3600), ZoneOffset.UTC), 3);
    }

    InspectionRecord current() {
        return InspectionRecord.open(InspectionId.of("draw-9", "e-1"), "draw-9", "plan-9", "task-9", "e-1",
                "曲阳县某某商贸有限公司", "91130634MA0000000X", PSB, "130634", DRAW_DATE.plusYears(1),
                PolicyTerms.DEFAULT, "psb-1", List.of(new TeamMember("psb-1", PSB), new TeamMember("psb-2", PSB)),
                List.of(PSB_ITEM.ref(PSB)), null, SYSTEM, NOW);
    }

    @Test
    void showsEveryDepartmentsEarlierResultsWithFollowUpWithinTheLastYears() {
        InspectionRecord earlier = RecordFixtures.record(); // AMR leads, PSB takes part; entity e-1
        RecordFixtures.submitAmr(earlier, ResultCategory.PROBLEM_FOUND_CORRECTION_ORDERED);
        earlier.recordFollowUp(AMR, FollowUpKind.RECTIFICATION_ORDERED, null, TODAY, TODAY.plusDays(10), null,
                "限期十日改正", AMR_LEADER, NOW, TODAY);
        RecordFixtures.submitPsb(earlier);
        records.byId.put(earlier.id(), earlier);
        InspectionRecord now = current();
        records.byId.put(now.id(), now);

        ViewPreCheckHistory.History history = at(TODAY.plusYears(1)).execute(now.id(), PSB_INSPECTOR);
        assertThat(history.entityId()).isEqualTo("e-1");
        assertThat(history.results()).extracting(ViewPreCheckHistory.PastResult::departmentId)
                .containsExactlyInAnyOrder(AMR, PSB);
        ViewPreCheckHistory.PastResult amr = history.results().stream().filter(r -> r.departmentId().equals(AMR))
                .findFirst().orElseThrow();
        assertThat(amr.inspectionId()).isEqualTo(earlier.id().value());
        assertThat(amr.result().category()).isEqualTo("PROBLEM_FOUND_CORRECTION_ORDERED");
        assertThat(amr.result().items()).extracting("itemId").contains(AMR_ITEM.itemId());
        assertThat(amr.followUps()).extracting(ViewPreCheckHistory.PastFollowUp::kind)
                .containsExactly("RECTIFICATION_ORDERED");
        assertThat(amr.corrected()).isFalse();

        assertThat(at(TODAY.plusYears(3).plusDays(1)).execute(now.id(), PSB_INSPECTOR).results())
                .as("older than three years").isEmpty();
    }

    @Test
    void onlyTheRecordsReadersSeeIt() {
        InspectionRecord now = current();
        records.byId.put(now.id(), now);
        assertThatThrownBy(() -> at(TODAY).execute(now.id(), OUTSIDER)).isInstanceOf(DomainProblem.class)
                .hasFieldOrPropertyWithValue("code", "FORBIDDEN");
        assertThatThrownBy(() -> at(TODAY).execute(InspectionId.of("draw-x", "e-x"), PSB_INSPECTOR))
                .isInstanceOf(DomainProblem.class);
        assertThat(at(TODAY).execute(now.id(), PSB_INSPECTOR).results()).isEmpty();
    }
}
