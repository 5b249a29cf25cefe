package cn.shuangsuiji.registry.domain.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.FieldProblem;
import cn.shuangsuiji.registry.domain.privacy.Masking;
import cn.shuangsuiji.registry.domain.privacy.TestPseudonyms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityDetailsTest {

    static EntityDetails details(String uscc, String region, EntityStatus status) {
        return new EntityDetails("曲阳县恒达石材有限公司", uscc, null, "曲阳县市场监督管理局", "王建国", "曲阳县产德乡",
                region, "C3032", ObjectType.ENTERPRISE, status, CreditClass.B,
                List.of(new Licence("JY1130634000001", "食品经营许可证", LocalDate.of(2022, 1, 1),
                        LocalDate.of(2027, 1, 1))), false, false, List.of("石材", "重点"), List.of("qy-amr"),
                "13812345678");
    }

    @Test
    void reportsEveryBadFieldWithItsCode() {
        assertThatThrownBy(() -> new EntityDetails("", "91350100M000100Y44", null, null, null, null, "13063",
                "X99", null, EntityStatus.OPERATING, null,
                List.of(new Licence("L1", null, LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1))), false, false,
                null, null, "123"))
                .isInstanceOfSatisfying(DomainProblem.class, p -> {
                    assertThat(p.code()).isEqualTo("ENTITY_INVALID");
                    assertThat(p.fieldProblems()).extracting(FieldProblem::field, FieldProblem::code).contains(
                            org.assertj.core.groups.Tuple.tuple("name", "REQUIRED"),
                            org.assertj.core.groups.Tuple.tuple("uscc", "USCC_CHECK_CHARACTER"),
                            org.assertj.core.groups.Tuple.tuple("regionCode", "REGION_CODE_FORMAT"),
                            org.assertj.core.groups.Tuple.tuple("industry", "INDUSTRY_FORMAT"),
                            org.assertj.core.groups.Tuple.tuple("objectType", "REQUIRED"),
                            org.assertj.core.groups.Tuple.tuple("creditClass", "REQUIRED"),
                            org.assertj.core.groups.Tuple.tuple("licences[0].validUntil", "DATE_RANGE"),
                            org.assertj.core.groups.Tuple.tuple("phone", "PHONE_FORMAT"));
                });
    }

    @Test
    void naturalPersonNeedsAValidIdNumberAndGetsAnIdThatHidesIt() {
        assertThatThrownBy(() -> new EntityDetails("张三", null, "110105194912310021", null, null, null, "130634",
                null, ObjectType.INDIVIDUAL_BUSINESS, EntityStatus.OPERATING, CreditClass.A, null, false, false, null,
                null, null)).isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.fieldProblems())
                .extracting(FieldProblem::code).containsExactly("ID_NUMBER_CHECK_DIGIT"));
        EntityDetails ok = new EntityDetails("张三", null, "11010519491231002X", null, null, null, "130634", null,
                ObjectType.INDIVIDUAL_BUSINESS, EntityStatus.OPERATING, CreditClass.A, null, false, false, null, null,
                null);
        assertThat(RegulatedEntity.register(ok, TestPseudonyms.PSEUDONYMS, Instant.EPOCH).id().value())
                .isEqualTo(TestPseudonyms.PSEUDONYMS.naturalPersonId("11010519491231002X")).startsWith("ent-p")
                .doesNotContain("11010519491231002X");
    }

    @Test
    void deregisteredEntityLeavesThePoolAndKeepsItsRecord() {
        RegulatedEntity e = RegulatedEntity.register(details("91350100M000100Y43", "130634", EntityStatus.OPERATING),
                TestPseudonyms.PSEUDONYMS, Instant.EPOCH);
        RegulatedEntity gone = e.deregister(EntityStatus.CANCELLED, Instant.EPOCH.plusSeconds(1));
        assertThat(gone.drawable()).isFalse();
        assertThat(gone.version()).isEqualTo(2);
        assertThat(gone.details().name()).isEqualTo(e.details().name());
        assertThatThrownBy(() -> gone.deregister(EntityStatus.REVOKED, Instant.EPOCH))
                .hasFieldOrPropertyWithValue("code", "ENTITY_ALREADY_DEREGISTERED");
    }

    @Test
    void masksPhoneAndIdNumbers() {
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110***********002X");
    }

    static EntityDetails withParties(String legalRepresentativeIdNumber, List<Holder> holders) {
        EntityDetails d = details("91350100M000100Y43", "130634", EntityStatus.OPERATING);
        return new EntityDetails(d.name(), d.uscc(), d.idNumber(), d.registrationAuthority(), d.legalRepresentative(),
                d.address(), d.regionCode(), d.industry(), d.objectType(), d.status(), d.creditClass(), d.licences(),
                d.abnormalList(), d.seriousDishonesty(), d.tags(), d.supervisionScopes(), d.phone(),
                legalRepresentativeIdNumber, holders);
    }

    @Test
    void acceptsALegalRepresentativeIdNumberAndHoldersByUsccOrIdNumber() {
        EntityDetails ok = withParties(" 11010519491231002x ", List.of(new Holder("曲阳县恒达投资有限公司",
                "91350100M000100Y43", null), new Holder("王建国", null, "11010519491231002X")));
        assertThat(ok.legalRepresentativeIdNumber()).isEqualTo("11010519491231002X");
        assertThat(ok.holders()).extracting(Holder::naturalPerson).containsExactly(false, true);
        EntityDetails none = details("91350100M000100Y43", "130634", EntityStatus.OPERATING);
        assertThat(none.legalRepresentativeIdNumber()).isNull();
        assertThat(none.holders()).isEmpty();
        RegulatedEntity gone = RegulatedEntity.register(ok, TestPseudonyms.PSEUDONYMS, Instant.EPOCH)
                .deregister(EntityStatus.REVOKED,
                Instant.EPOCH);
        assertThat(gone.details().holders()).isEqualTo(ok.holders());
        assertThat(gone.details().legalRepresentativeIdNumber()).isEqualTo("11010519491231002X");
    }

    @Test
    void refusesBadLegalRepresentativeIdNumbersAndHolders() {
        assertThatThrownBy(() -> withParties("110105194912310021", List.of(
                new Holder("甲公司", "91350100M000100Y44", null),
                new Holder("乙", null, "110105194912310021"),
                new Holder("丙", "91350100M000100Y43", "11010519491231002X"),
                new Holder(" ", null, "11010519491231002X"),
                new Holder("丁", null, null))))
                .isInstanceOfSatisfying(DomainProblem.class, p -> {
                    assertThat(p.code()).isEqualTo("ENTITY_INVALID");
                    assertThat(p.fieldProblems()).extracting(FieldProblem::field, FieldProblem::code)
                            .containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple("legalRepresentativeIdNumber",
                                            "ID_NUMBER_CHECK_DIGIT"),
                                    org.assertj.core.groups.Tuple.tuple("holders[0].uscc", "USCC_CHECK_CHARACTER"),
                                    org.assertj.core.groups.Tuple.tuple("holders[1].idNumber",
                                            "ID_NUMBER_CHECK_DIGIT"),
                                    org.assertj.core.groups.Tuple.tuple("holders[2].uscc", "HOLDER_IDENTIFIER"),
                                    org.assertj.core.groups.Tuple.tuple("holders[3].name", "REQUIRED"),
                                    org.assertj.core.groups.Tuple.tuple("holders[4].uscc", "HOLDER_IDENTIFIER"));
                });
    }
}
