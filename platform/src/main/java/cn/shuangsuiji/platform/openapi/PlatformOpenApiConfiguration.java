package cn.shuangsuiji.platform.openapi;

import cn.shuangsuiji.platform.security.Actor;
import cn.shuangsuiji.platform.security.PlatformSecurityConfiguration;
import cn.shuangsuiji.platform.security.SecurityProperties;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.List;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;

/**
 * 接口文档 — the platform's OpenAPI set-up for every servlet service that has springdoc on its class path
 * (identity-service leaves it out): the gateway as the only server ({@code ssj.openapi.gateway-url}, default
 * {@code SSJ_GATEWAY_URL} or {@code http://127.0.0.1:8080}, so Swagger UI's "Try it out" goes through the gateway),
 * schema names that stay unique ({@link NestedTypeNames}), the caller ({@link Actor}) hidden from the parameters, and
 * {@link ProblemResponsesCustomizer} for the error responses and the security requirements.
 */
@AutoConfiguration(after = PlatformSecurityConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
public class PlatformOpenApiConfiguration {

    static {
        // the caller comes from the verified token (ActorArgumentResolver), never from the request's parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    @ConditionalOnMissingBean
    OpenAPI platformOpenApi(@Value("${spring.application.name:service}") String application,
                            @Value("${ssj.openapi.gateway-url:${SSJ_GATEWAY_URL:http://127.0.0.1:8080}}")
                            String gatewayUrl,
                            @Value("${ssj.openapi.version:0.1.0}") String version) {
        return new OpenAPI()
                .info(new Info().title("双随机、一公开 — " + application + " API").version(version)
                        .description("经网关访问（" + gatewayUrl + "）。错误一律为 RFC 9457 application/problem+json，"
                                + "带稳定的 code、中文 title/detail、追踪号 traceId，由字段引起的错误带 errors。"))
                .servers(new ArrayList<>(List.of(new Server().url(gatewayUrl).description("网关 gateway"))));
    }

    /** Replaces springdoc's default model resolver (same class) by one with {@link NestedTypeNames}. */
    @Bean
    ModelResolver platformModelResolver(ObjectMapperProvider mappers) {
        return new ModelResolver(mappers.jsonMapper(), new NestedTypeNames());
    }

    @Bean
    ProblemResponsesCustomizer problemResponsesCustomizer(SecurityProperties security) {
        List<String> open = new ArrayList<>(PlatformSecurityConfiguration.anonymousPaths());
        open.addAll(security.publicPaths());
        return new ProblemResponsesCustomizer(open);
    }
}
