package cn.shuangsuiji.draw.adapter.out.registry;

import cn.shuangsuiji.draw.application.port.out.ExpertLibrary;
import cn.shuangsuiji.draw.domain.snapshot.ExpertRecord;
import cn.shuangsuiji.platform.error.DomainProblem;
import cn.shuangsuiji.platform.error.ProblemKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads the draw pool of departments' expert libraries from registry-service
 * ({@code GET /api/registry/experts/draw-pool?departmentId=...}) with the draw service's own service token.
 */
@Component
class RegistryExpertLibrary implements ExpertLibrary {

    private final RestClient registry;

    RegistryExpertLibrary(RestClient registryClient) {
        this.registry = registryClient;
    }

    @Override
    public List<ExpertRecord> pool(Collection<String> departmentIds) {
        List<ExpertRecord> all = new ArrayList<>();
        for (String department : departmentIds) {
            try {
                List<ExpertRecord> page = registry.get()
                        .uri(b -> b.path("/api/registry/experts/draw-pool").queryParam("departmentId", department)
                                .build())
                        .retrieve().body(new ParameterizedTypeReference<List<ExpertRecord>>() {
                        });
                if (page != null) {
                    all.addAll(page);
                }
            } catch (OAuth2AuthorizationException e) {
                throw unavailable(department, "无法取得服务令牌（" + e.getError().getErrorCode() + "）");
            } catch (RestClientException e) {
                throw unavailable(department, e.getMessage());
            }
        }
        return all;
    }

    private static DomainProblem unavailable(String department, String why) {
        return new DomainProblem(ProblemKind.CONFLICT, "DRAW_EXPERTS_UNAVAILABLE", "无法读取专家库",
                "无法从名录库服务读取部门 " + department + " 的专家库：" + why);
    }
}
