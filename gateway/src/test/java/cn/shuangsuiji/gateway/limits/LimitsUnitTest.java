package cn.shuangsuiji.gateway.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;

/** Rate limiter bookkeeping, client addresses behind proxies and body limits per path, without Spring. */
class LimitsUnitTest {

    @Test
    void aClientGetsItsAllowanceThenAWaitAndOtherClientsAreCountedApart() {
        ClientRateLimiters limiters = new ClientRateLimiters(new RateLimitProperties.Limit(2, Duration.ofMinutes(1)),
                100);
        assertThat(limiters.acquire("a")).isEmpty();
        assertThat(limiters.acquire("a")).isEmpty();
        OptionalLong wait = limiters.acquire("a");
        assertThat(wait).isPresent();
        assertThat(Duration.ofNanos(wait.getAsLong())).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1));
        assertThat(limiters.acquire("b")).isEmpty();
    }

    @Test
    void aLimitNeedsAPositiveAllowanceAndPeriod() {
        assertThatThrownBy(() -> new RateLimitProperties.Limit(0, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimitProperties.Limit(1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theClientIsThePeerUnlessThePeerIsATrustedProxy() {
        RateLimitFilter direct = filter(List.of());
        assertThat(direct.clientAddress(exchange("203.0.113.9", "198.51.100.1"))).isEqualTo("203.0.113.9");

        RateLimitFilter proxied = filter(List.of("10.0.0.2", "10.0.0.3"));
        // the client may prepend anything; the right-most untrusted hop is the one the trusted proxy saw
        assertThat(proxied.clientAddress(exchange("10.0.0.2", "1.1.1.1, 198.51.100.7, 10.0.0.3")))
                .isEqualTo("198.51.100.7");
        assertThat(proxied.clientAddress(exchange("203.0.113.9", "198.51.100.7"))).isEqualTo("203.0.113.9");
    }

    @Test
    void importsHaveTheirOwnBodyLimit() {
        RequestBodyLimitFilter filter = new RequestBodyLimitFilter(new RequestSizeProperties(DataSize.ofMegabytes(10),
                List.of(new RequestSizeProperties.PathLimit("/api/registry/imports", DataSize.ofMegabytes(512)),
                        new RequestSizeProperties.PathLimit("/api/registry/**/imports", DataSize.ofMegabytes(512)))));
        assertThat(filter.limitOf("/api/registry/imports")).isEqualTo(DataSize.ofMegabytes(512));
        assertThat(filter.limitOf("/api/registry/items/imports")).isEqualTo(DataSize.ofMegabytes(512));
        assertThat(filter.limitOf("/api/registry/entities")).isEqualTo(DataSize.ofMegabytes(10));
        assertThat(RequestBodyLimitFilter.human(10L << 20)).isEqualTo("10 MB");
        assertThat(RequestBodyLimitFilter.human(2048)).isEqualTo("2 KB");
    }

    private static RateLimitFilter filter(List<String> trusted) {
        return new RateLimitFilter(new RateLimitProperties(true, new RateLimitProperties.Limit(1, Duration.ofMinutes(1)),
                new RateLimitProperties.Limit(1, Duration.ofMinutes(1)), 10, List.of(), trusted));
    }

    private static MockServerWebExchange exchange(String peer, String forwardedFor) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/public/x")
                .remoteAddress(new InetSocketAddress(peer, 40000)).header("X-Forwarded-For", forwardedFor));
    }
}
