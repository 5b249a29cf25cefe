package cn.shuangsuiji.identity.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.identity.domain.Role;
import cn.shuangsuiji.identity.domain.UserAccount;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedDemoUsersTest {

    @Test
    void inspectorIdsMatchTheRegistryDemo() {
        // "ins-" + first 12 hex of SHA-256("冀执-QY-AMR-001")
        assertThat(SeedDemoUsers.demoInspectorId("qy-amr")).isEqualTo("ins-67a57ec2bc7a");
    }

    @Test
    void oneUserPerRoleAndDepartmentPlusJointOfficeAndAdmin() {
        List<UserAccount> accounts = SeedDemoUsers.demoAccounts("hash");

        assertThat(accounts).hasSize(6 * 6 + 2);
        assertThat(accounts).filteredOn(a -> a.username().value().equals("bd-amr-operator")).singleElement()
                .satisfies(a -> assertThat(a.profile().roles()).containsExactly(Role.DRAW_OPERATOR));
        assertThat(accounts).filteredOn(a -> a.username().value().equals("qy-joint")).singleElement()
                .satisfies(a -> assertThat(a.profile().jurisdiction()).isEqualTo("130634"));
        assertThat(accounts).filteredOn(a -> a.username().value().equals("admin")).singleElement()
                .satisfies(a -> assertThat(a.profile().department()).isNull());
    }
}
