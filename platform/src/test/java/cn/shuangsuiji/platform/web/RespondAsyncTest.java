package cn.shuangsuiji.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** RFC 7240 preferences of a long operation (issue 12; used by registry-service and draw-service): respond-async, wait=N, and what is ignored. */
class RespondAsyncTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    @Test
    void withoutPreferTheServerWaitsItsBound() {
        assertThat(RespondAsync.of(null, BOUND)).isEqualTo(new RespondAsync(false, BOUND));
        assertThat(RespondAsync.of("return=minimal", BOUND)).isEqualTo(new RespondAsync(false, BOUND));
    }

    @Test
    void respondAsyncAsksForTheJobAtOnceWhateverElseIsPreferred() {
        assertThat(RespondAsync.of("respond-async", BOUND)).isEqualTo(new RespondAsync(true, Duration.ZERO));
        assertThat(RespondAsync.of("wait=5, Respond-Async", BOUND)).isEqualTo(new RespondAsync(true, Duration.ZERO));
    }

    @Test
    void waitShortensTheBoundButNeverLengthensItAndBadValuesAreIgnored() {
        assertThat(RespondAsync.of("wait=3", BOUND).patience()).isEqualTo(Duration.ofSeconds(3));
        assertThat(RespondAsync.of("wait=100", BOUND).patience()).isEqualTo(BOUND);
        assertThat(RespondAsync.of("wait=soon", BOUND).patience()).isEqualTo(BOUND);
        assertThat(RespondAsync.of("wait=-1", BOUND).patience()).isEqualTo(BOUND);
    }
}
