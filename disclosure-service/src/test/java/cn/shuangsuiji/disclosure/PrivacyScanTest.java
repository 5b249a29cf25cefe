package cn.shuangsuiji.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scan itself finds what it must find. */
class PrivacyScanTest {

    @Test
    void findsMobileNumbersIdNumbersAndNamedPersons() {
        assertThatThrownBy(() -> PrivacyScan.assertClean("/x", "{\"tel\":\"13912345678\"}", List.of()))
                .isInstanceOf(AssertionError.class);
        assertThat(PrivacyScan.validIdNumber("11010519491231002X")).isTrue();
        assertThatThrownBy(() -> PrivacyScan.assertClean("/x", "{\"id\":\"11010519491231002X\"}", List.of()))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> PrivacyScan.assertClean("/x", "{\"name\":\"王秀英\"}", List.of("王秀英")))
                .isInstanceOf(AssertionError.class);
        PrivacyScan.assertClean("/x", "{\"seed\":\"ab13912345678cd\",\"uscc\":\"91130634MA0ABCDE7X\"}", List.of());
    }
}
