package cn.shuangsuiji.registry.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChecksumTest {

    @Test
    void acceptsValidUnifiedSocialCreditCodes() {
        assertThat(Uscc.problem("91350100M000100Y43")).isNull();
        assertThat(Uscc.problem(Uscc.complete("91130634MA0A1B2C3"))).isNull();
    }

    @Test
    void rejectsBadUsccCheckCharacterAndForm() {
        assertThat(Uscc.problem("91350100M000100Y44")).isEqualTo("USCC_CHECK_CHARACTER");
        assertThat(Uscc.problem("91350100M000100Y4")).isEqualTo("USCC_FORMAT");
        assertThat(Uscc.problem("91350100M0001O0Y43")).isEqualTo("USCC_FORMAT");
        assertThat(Uscc.problem("913501A0M000100Y43")).isEqualTo("USCC_FORMAT");
        assertThat(Uscc.problem(null)).isEqualTo("USCC_FORMAT");
    }

    @Test
    void acceptsValidIdNumbers() {
        assertThat(IdNumber.problem("11010519491231002X")).isNull();
        assertThat(IdNumber.problem(IdNumber.complete("13063419800101123"))).isNull();
    }

    @Test
    void rejectsBadIdNumbers() {
        assertThat(IdNumber.problem("110105194912310021")).isEqualTo("ID_NUMBER_CHECK_DIGIT");
        assertThat(IdNumber.problem("11010519491331002X")).isEqualTo("ID_NUMBER_BIRTH_DATE");
        assertThat(IdNumber.problem("1101051949123100")).isEqualTo("ID_NUMBER_FORMAT");
        assertThat(IdNumber.problem("11010519491231002x")).isEqualTo("ID_NUMBER_FORMAT");
    }
}
