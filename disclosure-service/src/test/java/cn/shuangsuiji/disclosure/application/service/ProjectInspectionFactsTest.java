package cn.shuangsuiji.disclosure.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.contracts.IntegrationEvent;
import cn.shuangsuiji.contracts.disclosure.CorrectionDisclosed;
import cn.shuangsuiji.contracts.disclosure.PublicResult;
import cn.shuangsuiji.contracts.disclosure.ResultDisclosed;
import cn.shuangsuiji.contracts.inspection.FollowUpRecorded;
import cn.shuangsuiji.contracts.inspection.InspectionResultCorrected;
import cn.shuangsuiji.contracts.inspection.InspectionResultRecorded;
import cn.shuangsuiji.contracts.inspection.PublicInspectionResult;
import cn.shuangsuiji.contracts.inspection.PublicItemResult;
import cn.shuangsuiji.disclosure.application.port.in.ResultFilter;
import cn.shuangsuiji.disclosure.application.port.out.PlanViews;
import cn.shuangsuiji.disclosure.application.port.out.ResultViews;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A consumer's chunk of inspection events applied together: the announcements it touches are read in one query and
 * the changed ones written in one bulk write, and each event sees what the events before it in the chunk changed —
 * the same announcements and public events as applying them one by one.
 */
class ProjectInspectionFactsTest {

    private static final Instant T = Instant.parse("2026-03-21T01:00:00Z");

    private final Results results = new Results();
    private final List<IntegrationEvent> published = new ArrayList<>();
    private final ProjectInspectionFacts facts = new ProjectInspectionFacts(results, plans(), published::add);

    @Test
    void aChunkIsReadOnceAndWrittenOnceAndEachEventSeesTheOnesBeforeIt() {
        List<IntegrationEvent> chunk = List.of(recorded("insp-a", "NORMAL"), recorded("insp-b", "NORMAL"),
                corrected("insp-a"), followUp("insp-a"), recorded("insp-a", "ABNORMAL"),
                followUp("insp-unknown"));

        facts.applyAll(chunk);

        assertThat(results.reads).as("one query for the chunk").containsExactly(3);
        assertThat(results.writes).as("one bulk write of the changed announcements").containsExactly(2);
        PublicResult a = results.stored.get("insp-a:qy-amr");
        assertThat(a.version()).isEqualTo(2);
        assertThat(a.corrected()).isTrue();
        assertThat(a.followUps()).hasSize(1);
        assertThat(results.stored).containsOnlyKeys("insp-a:qy-amr", "insp-b:qy-amr");
        assertThat(published).extracting(e -> e.getClass().getSimpleName()).as("a recorded result again and a "
                        + "follow-up of an unknown result change nothing")
                .containsExactly("ResultDisclosed", "ResultDisclosed", "ResultDisclosed", "CorrectionDisclosed",
                        "ResultDisclosed");
        assertThat(((ResultDisclosed) published.get(4)).result()).isEqualTo(a);
        assertThat(((CorrectionDisclosed) published.get(3)).result().version()).isEqualTo(2);
    }

    @Test
    void oneEventAtATimeGivesTheSameAnnouncementsAsTheChunk() {
        List<IntegrationEvent> chunk = List.of(recorded("insp-a", "NORMAL"), corrected("insp-a"),
                followUp("insp-a"));
        facts.applyAll(chunk);
        Map<String, PublicResult> together = new HashMap<>(results.stored);
        List<IntegrationEvent> publishedTogether = new ArrayList<>(published);

        results.stored.clear();
        published.clear();
        chunk.forEach(facts::apply);

        assertThat(results.stored).isEqualTo(together);
        assertThat(published).isEqualTo(publishedTogether);
    }

    private static InspectionResultRecorded recorded(String inspectionId, String option) {
        PublicInspectionResult r = result(1, option);
        return new InspectionResultRecorded(UUID.randomUUID(), T, inspectionId, "e-" + inspectionId, "某某有限公司",
                "91130634MA0000000X", "qy-amr", "qy-amr", "plan-1", "task-1", "draw-1", r.items(), r.category(),
                r.checkDate(), r.recordedAt(), 1);
    }

    private static InspectionResultCorrected corrected(String inspectionId) {
        return new InspectionResultCorrected(UUID.randomUUID(), T.plusSeconds(60), inspectionId, "e-" + inspectionId,
                "某某有限公司", "91130634MA0000000X", "qy-amr", "plan-1", "task-1", "draw-1", 2, "录入错误",
                T.plusSeconds(60), result(2, "ABNORMAL"), result(1, "NORMAL"));
    }

    private static FollowUpRecorded followUp(String inspectionId) {
        return new FollowUpRecorded(UUID.randomUUID(), T.plusSeconds(120), inspectionId, "fu-" + inspectionId,
                "e-" + inspectionId, "某某有限公司", "91130634MA0000000X", "qy-amr", "plan-1", "task-1", "draw-1",
                "RECHECKED", null, LocalDate.parse("2026-03-26"), null, "RECTIFIED", T.plusSeconds(120));
    }

    private static PublicInspectionResult result(int version, String option) {
        return new PublicInspectionResult(version, List.of(new PublicItemResult("item-1", 1, "企业公示信息检查",
                List.of(new PublicItemResult.SubItemResult("年度报告公示情况", option)))), "NO_PROBLEM_FOUND",
                LocalDate.parse("2026-03-20"), T);
    }

    private static PlanViews plans() {
        return (PlanViews) Proxy.newProxyInstance(PlanViews.class.getClassLoader(), new Class<?>[] {PlanViews.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("find")) {
                        return Optional.empty();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Announcements in memory; counts the keys of each read and the announcements of each write. */
    private static final class Results implements ResultViews {

        final Map<String, PublicResult> stored = new HashMap<>();
        final List<Integer> reads = new ArrayList<>();
        final List<Integer> writes = new ArrayList<>();

        @Override
        public Optional<PublicResult> find(String resultId) {
            throw new UnsupportedOperationException("read per result");
        }

        @Override
        public Map<String, PublicResult> findAll(Collection<String> resultIds) {
            reads.add(resultIds.size());
            Map<String, PublicResult> found = new HashMap<>();
            resultIds.stream().filter(stored::containsKey).forEach(id -> found.put(id, stored.get(id)));
            return found;
        }

        @Override
        public void saveAll(Collection<PublicResult> changed) {
            writes.add(changed.size());
            changed.forEach(r -> stored.put(r.resultId(), r));
        }

        @Override
        public List<PublicResult> page(ResultFilter filter, String afterId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Stored> pageJson(ResultFilter filter, String afterId, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<PublicResult> all() {
            throw new UnsupportedOperationException();
        }
    }
}
