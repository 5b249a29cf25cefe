package cn.shuangsuiji.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserProfileTest {

    @Test
    void aClerkBelongsToADepartment() {
        UserProfile profile = UserProfile.of("张三", List.of("REGISTRY_CLERK"), "qy-amr", null, null);

        assertThat(profile.roles()).containsExactly(Role.REGISTRY_CLERK);
        assertThat(profile.department()).isEqualTo("qy-amr");
        assertThat(profile.roleCodes()).containsExactly("REGISTRY_CLERK");
    }

    @Test
    void unknownRolesAreRefusedByCode() {
        assertThatThrownBy(() -> UserProfile.of("张三", List.of("PLANNER", "SUPERUSER"), "qy-amr", null, null))
                .isInstanceOfSatisfying(IdentityRefusal.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo("UNKNOWN_ROLE");
                    assertThat(refusal.kind()).isEqualTo(IdentityRefusal.Kind.INVALID);
                    assertThat(refusal.fieldErrors()).extracting(IdentityRefusal.FieldError::field).containsExactly("roles");
                });
    }

    @Test
    void atLeastOneRole() {
        assertThatThrownBy(() -> new UserProfile("张三", Set.of(), "qy-amr", null, null))
                .isInstanceOfSatisfying(IdentityRefusal.class, refusal -> assertThat(refusal.fieldErrors())
                        .extracting(IdentityRefusal.FieldError::code).containsExactly("REQUIRED"));
    }

    @Test
    void departmentRequiredExceptForPlatformAdminAndService() {
        assertThatThrownBy(() -> new UserProfile("张三", Set.of(Role.PLANNER), null, null, null))
                .isInstanceOfSatisfying(IdentityRefusal.class, refusal -> assertThat(refusal.fieldErrors())
                        .extracting(IdentityRefusal.FieldError::field).containsExactly("department"));
        assertThat(new UserProfile("管理员", Set.of(Role.PLATFORM_ADMIN), null, null, null).department()).isNull();
        assertThat(new UserProfile("服务", Set.of(Role.SERVICE), "  ", null, null).department()).isNull();
        assertThatThrownBy(() -> new UserProfile("混合", Set.of(Role.PLATFORM_ADMIN, Role.WITNESS), null, null, null))
                .isInstanceOf(IdentityRefusal.class);
    }

    @Test
    void inspectorsNeedAnInspectorIdAndOnlyThey() {
        assertThatThrownBy(() -> new UserProfile("李四", Set.of(Role.INSPECTOR), "qy-amr", null, null))
                .isInstanceOfSatisfying(IdentityRefusal.class, refusal -> assertThat(refusal.fieldErrors())
                        .extracting(IdentityRefusal.FieldError::field).containsExactly("inspectorId"));
        assertThatThrownBy(() -> new UserProfile("李四", Set.of(Role.PLANNER), "qy-amr", null, "ins-1"))
                .isInstanceOfSatisfying(IdentityRefusal.class, refusal -> assertThat(refusal.fieldErrors())
                        .extracting(IdentityRefusal.FieldError::code).containsExactly("NOT_ALLOWED"));
        assertThat(new UserProfile("李四", Set.of(Role.INSPECTOR), "qy-amr", null, "ins-1").inspectorId())
                .isEqualTo("ins-1");
    }

    @Test
    void jointOfficeNeedsASixDigitJurisdiction() {
        assertThatThrownBy(() -> new UserProfile("联席办", Set.of(Role.JOINT_OFFICE), "qy-joint", null, null))
                .isInstanceOf(IdentityRefusal.class);
        assertThatThrownBy(() -> new UserProfile("联席办", Set.of(Role.JOINT_OFFICE), "qy-joint", "1306", null))
                .isInstanceOfSatisfying(IdentityRefusal.class, refusal -> assertThat(refusal.fieldErrors())
                        .extracting(IdentityRefusal.FieldError::code).containsExactly("PATTERN"));
        assertThat(new UserProfile("联席办", Set.of(Role.JOINT_OFFICE), "qy-joint", "130634", null).jurisdiction())
                .isEqualTo("130634");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThatThrownBy(() -> new UserProfile(" ", Set.of(Role.INSPECTOR), "Bad Dept", "x", null))
                .isInstanceOfSatisfying(IdentityRefusal.class, refusal -> assertThat(refusal.fieldErrors())
                        .extracting(IdentityRefusal.FieldError::field)
                        .containsExactlyInAnyOrder("name", "department", "inspectorId", "jurisdiction"));
    }

    @Test
    void usernamesAndPasswordsAreChecked() {
        assertThat(new Username("qy-amr-clerk").value()).isEqualTo("qy-amr-clerk");
        assertThatThrownBy(() -> new Username("Admin")).isInstanceOf(IdentityRefusal.class);
        assertThatThrownBy(() -> new Username("a")).isInstanceOf(IdentityRefusal.class);
        assertThatThrownBy(() -> new Password("short")).isInstanceOf(IdentityRefusal.class);
        assertThat(new Password("long-enough").toString()).doesNotContain("long-enough");
    }

    @Test
    void aDisabledAccountKeepsItsProfileAndReplacingEnablesIt() {
        UserProfile profile = UserProfile.of("张三", List.of("PLANNER"), "qy-amr", null, null);
        UserAccount account = UserAccount.create(new Username("zhangsan"), "hash", profile).disable();

        assertThat(account.enabled()).isFalse();
        assertThat(account.profile()).isEqualTo(profile);
        assertThat(account.replace("hash2", profile).enabled()).isTrue();
    }
}
