package cn.shuangsuiji.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;

/** Which requests the anonymous-reads chain takes: reads of open paths without a token, nothing else. */
class AnonymousReadsTest {

    private final AnonymousReads reads = new AnonymousReads(List.of("/api/public/**", "/actuator/health",
            "/services/*/actuator/health"));

    @Test
    void aReadOfAnOpenPathWithoutATokenIsAnAnonymousRead() {
        assertThat(reads.matches(HttpMethod.GET, new HttpHeaders(), path("/api/public/results"))).isTrue();
        assertThat(reads.matches(HttpMethod.HEAD, new HttpHeaders(), path("/api/public/draws/d-1"))).isTrue();
        assertThat(reads.matches(HttpMethod.GET, new HttpHeaders(), path("/services/draw/actuator/health"))).isTrue();
    }

    @Test
    void aTokenAWriteOrAnotherPathGoesToTheFullChain() {
        HttpHeaders token = new HttpHeaders();
        token.set(HttpHeaders.AUTHORIZATION, "Bearer x");
        assertThat(reads.matches(HttpMethod.GET, token, path("/api/public/results"))).isFalse();
        HttpHeaders empty = new HttpHeaders();
        empty.set(HttpHeaders.AUTHORIZATION, "");
        assertThat(reads.matches(HttpMethod.GET, empty, path("/api/public/results"))).isFalse();
        for (HttpMethod write : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH,
                HttpMethod.OPTIONS)) {
            assertThat(reads.matches(write, new HttpHeaders(), path("/api/public/results"))).isFalse();
        }
        for (String other : List.of("/api/publicity", "/api/registry/entities", "/actuator/health/../env",
                "/actuator/env", "/services/draw/actuator/env", "/")) {
            assertThat(reads.matches(HttpMethod.GET, new HttpHeaders(), path(other))).as(other).isFalse();
        }
    }

    private static PathContainer path(String path) {
        return PathContainer.parsePath(path);
    }
}
