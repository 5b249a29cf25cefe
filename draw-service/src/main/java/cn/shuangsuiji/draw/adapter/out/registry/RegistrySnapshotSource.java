package cn.shuangsuiji.draw.adapter.out.registry;

import cn.shuangsuiji.draw.application.port.out.SnapshotSource;
import cn.shuangsuiji.draw.domain.snapshot.ConfirmedSnapshot;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Fetches snapshot content from registry-service over HTTP ({@code ssj.registry.base-url}) with the draw service's
 * own service token (client credentials, see {@code RegistryClientConfiguration} and {@code ServiceClients}).
 */
@Component
class RegistrySnapshotSource implements SnapshotSource {

    private final RestClient registry;

    RegistrySnapshotSource(RestClient registryClient) {
        this.registry = registryClient;
    }

    @Override
    public byte[] content(ConfirmedSnapshot snapshot) {
        String path = snapshot.contentPath() != null ? snapshot.contentPath()
                : "/api/registry/snapshots/" + snapshot.snapshotId() + "/content";
        try {
            return registry.get().uri(path).exchange((request, response) -> {
                if (response.getStatusCode().value() != 200) {
                    throw unavailable(snapshot, "HTTP " + response.getStatusCode().value());
                }
                return response.getBody().readAllBytes();
            });
        } catch (OAuth2AuthorizationException e) {
            throw unavailable(snapshot, "无法取得服务令牌（" + e.getError().getErrorCode() + "）");
        } catch (RestClientException e) {
            throw unavailable(snapshot, e.getMessage());
        }
    }

    /** Streams the chunked response body into the reader as it arrives (nothing is buffered whole). */
    @Override
    public <T> T read(ConfirmedSnapshot snapshot, ContentReader<T> reader) {
        try {
            return registry.get().uri(path(snapshot)).exchange((request, response) -> {
                if (response.getStatusCode().value() != 200) {
                    throw unavailable(snapshot, "HTTP " + response.getStatusCode().value());
                }
                try (var body = response.getBody()) {
                    return reader.read(body);
                }
            });
        } catch (OAuth2AuthorizationException e) {
            throw unavailable(snapshot, "无法取得服务令牌（" + e.getError().getErrorCode() + "）");
        } catch (RestClientException e) {
            throw unavailable(snapshot, e.getMessage());
        }
    }

    private static String path(ConfirmedSnapshot snapshot) {
        return snapshot.contentPath() != null ? snapshot.contentPath()
                : "/api/registry/snapshots/" + snapshot.snapshotId() + "/content";
    }

    private static DomainProblem unavailable(ConfirmedSnapshot snapshot, String why) {
        return new DomainProblem(ProblemKind.CONFLICT, "DRAW_SNAPSHOT_UNAVAILABLE", "无法读取快照内容",
                "无法从名录库服务读取快照 " + snapshot.snapshotId() + " 的内容：" + why);
    }
}
