package cn.shuangsuiji.platform.trace;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class TraceIdsTest {

    @Test
    void keepsPlainCallerIdsAndReplacesForgedOnes() {
        assertThat(TraceIds.sanitize("abc-123_X.y")).isEqualTo("abc-123_X.y");
        assertThat(TraceIds.sanitize("bad id\nINFO forged")).matches("[0-9a-f]{32}");
        assertThat(TraceIds.sanitize("x".repeat(65))).matches("[0-9a-f]{32}");
        assertThat(TraceIds.sanitize(null)).matches("[0-9a-f]{32}");
    }

    @Test
    void currentIsTheMdcValueWhenSet() {
        MDC.put(TraceIds.MDC_KEY, "trace-1");
        try {
            assertThat(TraceIds.current()).isEqualTo("trace-1");
        } finally {
            MDC.remove(TraceIds.MDC_KEY);
        }
        assertThat(TraceIds.current()).matches("[0-9a-f]{32}");
    }
}
