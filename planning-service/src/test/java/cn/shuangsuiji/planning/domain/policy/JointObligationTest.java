package cn.shuangsuiji.planning.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** S1 9: which departments must initiate, or initiate or join, a joint inspection each year. */
class JointObligationTest {

    @Test
    void theFiveMustInitiateTheNineMustInitiateOrJoinAndAPolicyMayOnlyBeStricter() {
        for (String type : new String[] {"MARKET_REGULATION", "ECOLOGY_ENVIRONMENT", "TRANSPORT", "AGRICULTURE_RURAL",
                "CULTURE_TOURISM"}) {
            assertThat(JointObligation.requiredOf(type)).isEqualTo(JointObligation.INITIATE);
        }
        assertThat(JointObligation.requiredOf("PUBLIC_SECURITY")).isEqualTo(JointObligation.INITIATE_OR_JOIN);
        assertThat(JointObligation.requiredOf("TAXATION")).isEqualTo(JointObligation.INITIATE_OR_JOIN);
        assertThat(JointObligation.requiredOf("WATER_RESOURCES")).isEqualTo(JointObligation.NONE);
        assertThat(JointObligation.INITIATE_OR_JOIN.stricter(JointObligation.requiredOf("CULTURE_TOURISM")))
                .isEqualTo(JointObligation.INITIATE);
        assertThat(JointObligation.INITIATE.message(false)).contains("S1 9").contains("尚未发起");
    }
}
