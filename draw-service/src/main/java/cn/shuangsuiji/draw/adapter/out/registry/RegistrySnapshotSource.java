package cn.shuangsuiji.draw.adapter.out.registry;

import cn.shuangsuiji.draw.application.port.out.SnapshotSource;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Fetches snapshot content from registry-service over HTTP ({@code ssj.registry.base-url}). */
@Component
class RegistrySnapshotSource implements SnapshotSource {

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    RegistrySnapshotSource(@Value("${ssj.registry.base-url:http://127.0.0.1:8081}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @Override
    public byte[] content(ConfirmedSnapshot snapshot) {
        String path = snapshot.contentPath() != null ? snapshot.contentPath()
                : "/api/registry/snapshots/" + snapshot.snapshotId() + "/content";
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw unavailable(snapshot, "HTTP " + response.statusCode());
            }
            return response.body();
        } catch (java.io.IOException e) {
            throw unavailable(snapshot, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(snapshot, "interrupted");
        }
    }

    private static DomainProblem unavailable(ConfirmedSnapshot snapshot, String why) {
        return new DomainProblem(ProblemKind.CONFLICT, "DRAW_SNAPSHOT_UNAVAILABLE", "无法读取快照内容",
                "无法从名录库服务读取快照 " + snapshot.snapshotId() + " 的内容：" + why);
    }
}
