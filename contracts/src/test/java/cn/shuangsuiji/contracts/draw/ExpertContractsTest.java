package cn.shuangsuiji.contracts.draw;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.contracts.EventCatalog;
import cn.shuangsuiji.contracts.EventTypes;
import cn.shuangsuiji.contracts.planning.PlanPolicyParameters;
import cn.shuangsuiji.contracts.registry.InspectionItemPublished;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15's additive contract fields round-trip, and events written before them still read: a team's experts, an
 * item's expertise (专业领域), the policy's expert mode and cap, and the new {@link ExpertAssigned}.
 */
class ExpertContractsTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private static final Instant AT = Instant.parse("2026-06-01T08:00:00Z");

    @Test
    void aTeamCarriesItsExpertsAndAnOldTeamReadsWithNone() {
        DrawnTeam team = new DrawnTeam("e-1", "ins-1", List.of("ins-1", "ins-2"), List.of(
                new TeamExpert("ex-1", "qy-amr", "特种设备", "DRAWN", null, null),
                new TeamExpert("ex-2", "qy-amr", "食品安全", "ASSIGNED", "需要食品检验专业人员", "qy-amr-head")));
        String text = json.writeValueAsString(team);
        assertThat(json.readValue(text, DrawnTeam.class)).isEqualTo(team);
        DrawnTeam old = json.readValue("{\"entityId\":\"e-1\",\"leaderId\":\"ins-1\",\"memberIds\":[\"ins-1\"]}",
                DrawnTeam.class);
        assertThat(old.experts()).isEmpty();
        assertThat(text).doesNotContain("phone").doesNotContain("name");
    }

    @Test
    void anItemCarriesItsExpertiseAndAnOldItemNeedsNone() {
        InspectionItemPublished item = new InspectionItemPublished(UUID.randomUUID(), AT, "item-1", 2, "qy-amr",
                "特种设备安全检查", List.of("使用登记"), "《特种设备安全法》", "ON_SITE", "ENTERPRISE", "KEY",
                new BigDecimal("0.05"), 1, null, "特种设备");
        String text = json.writeValueAsString(item);
        assertThat(json.readValue(text, InspectionItemPublished.class)).isEqualTo(item);
        String old = text.replace(",\"expertise\":\"特种设备\"", "");
        assertThat(old).doesNotContain("expertise");
        assertThat(json.readValue(old, InspectionItemPublished.class).expertise()).isNull();
    }

    @Test
    void thePolicySaysWhetherExpertsAreDrawnOrAssignedAndAnOldPolicyDraws() {
        PlanPolicyParameters p = new PlanPolicyParameters("qy-amr", 3, new BigDecimal("0.03"), Map.of(), 2, 2, 4,
                "SUBSTITUTION_DRAW", 1, 5, 7, 20, null, 0, null, "ASSIGNED", 3);
        String text = json.writeValueAsString(p);
        assertThat(json.readValue(text, PlanPolicyParameters.class)).isEqualTo(p);
        assertThat(p.expertsAssigned()).isTrue();
        PlanPolicyParameters old = json.readValue(text.replace(",\"expertMode\":\"ASSIGNED\"", "")
                .replace(",\"maxAssignmentsPerExpert\":3", ""), PlanPolicyParameters.class);
        assertThat(old.expertsAssigned()).isFalse();
        assertThat(old.maxAssignmentsPerExpert()).isNull();
    }

    @Test
    void anAssignmentIsADrawEventKeyedByTheDraw() {
        ExpertAssigned e = new ExpertAssigned(UUID.randomUUID(), AT, "d-1", "e-1",
                new TeamExpert("ex-2", "qy-amr", "食品安全", "ASSIGNED", "需要食品检验专业人员", "qy-amr-head"),
                new DrawnTeam("e-1", "ins-1", List.of("ins-1", "ins-2")));
        assertThat(EventCatalog.all().find(EventTypes.of(ExpertAssigned.class).name())).contains(ExpertAssigned.class);
        assertThat(e.aggregateId()).isEqualTo("d-1");
        assertThat(json.readValue(json.writeValueAsString(e), ExpertAssigned.class)).isEqualTo(e);
    }
}
