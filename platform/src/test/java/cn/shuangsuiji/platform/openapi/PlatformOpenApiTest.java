package cn.shuangsuiji.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.shuangsuiji.testsupport.OpenApiContract;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform completes a bare springdoc document into one that satisfies the OpenAPI contract (issue 13). */
class PlatformOpenApiTest {

    private static final String GATEWAY = "http://127.0.0.1:8080";

    private static Operation bare(String summary) {
        return new Operation().summary(summary)
                .responses(new ApiResponses().addApiResponse("200", new ApiResponse().description("OK")));
    }

    private static OpenAPI document() {
        Operation revise = bare("修改计划").requestBody(new RequestBody())
                .addParametersItem(new PathParameter().name("id"))
                .addParametersItem(new HeaderParameter().name("If-Match"));
        Operation publicList = bare("公示列表");
        return new OpenAPI().servers(List.of(new Server().url(GATEWAY)))
                .paths(new Paths()
                        .addPathItem("/api/planning/plans/{id}", new PathItem().put(revise))
                        .addPathItem("/api/public/items", new PathItem().get(publicList)));
    }

    private static ProblemResponsesCustomizer customizer() {
        return new ProblemResponsesCustomizer(List.of("/api/public/**", "/api/registry/public/**"));
    }

    @Test
    void aBareDocumentBreaksTheContractAndTheCustomizedOneSatisfiesIt() {
        OpenAPI api = document();
        assertThat(OpenApiContract.violations(Json31.pretty(api), GATEWAY)).isNotEmpty();
        customizer().customise(api);
        assertThat(OpenApiContract.violations(Json31.pretty(api), GATEWAY)).isEmpty();
    }

    @Test
    void aProtectedWriteGetsItsRefusalsAsProblemDetailsWithExamples() {
        OpenAPI api = document();
        customizer().customise(api);
        Operation revise = api.getPaths().get("/api/planning/plans/{id}").getPut();
        assertThat(revise.getResponses()).containsOnlyKeys("200", "400", "401", "403", "404", "409", "412", "422",
                "428");
        assertThat(revise.getSecurity()).singleElement()
                .satisfies(s -> assertThat(s).containsKey(ProblemResponsesCustomizer.SECURITY_SCHEME));
        var problem = revise.getResponses().get("400").getContent().get("application/problem+json");
        assertThat(problem.getSchema().get$ref()).isEqualTo("#/components/schemas/ProblemDetail");
        @SuppressWarnings("unchecked")
        Map<String, Object> example = (Map<String, Object>) problem.getExample();
        assertThat(example).containsEntry("code", "FIELD_INVALID").containsKey("errors");
        assertThat(api.getComponents().getSchemas().get("ProblemDetail").getProperties())
                .containsKeys("code", "errors", "traceId");
    }

    @Test
    void aPublicReadNeedsNoTokenAndDocumentsNoAuthErrors() {
        OpenAPI api = document();
        customizer().customise(api);
        Operation list = api.getPaths().get("/api/public/items").getGet();
        assertThat(list.getSecurity()).isEmpty();
        assertThat(list.getResponses()).containsOnlyKeys("200");
        assertThat(list.getDescription()).contains("无需访问令牌");
    }

    static class PlanController {
        record Create(String title, List<String> tasks) {
        }
    }

    static class PolicyController {
        record Create(String ownerId, int minTeamSize) {
        }
    }

    @Test
    void nestedRequestClassesWithTheSameShortNameGetDistinctSchemas() {
        ModelConverters converters = new ModelConverters();
        converters.addConverter(new ModelResolver(io.swagger.v3.core.util.Json.mapper(), new NestedTypeNames()));
        Map<String, Schema> plan = converters.readAll(new AnnotatedType(PlanController.Create.class));
        Map<String, Schema> policy = converters.readAll(new AnnotatedType(PolicyController.Create.class));
        assertThat(plan).containsKey("PlatformOpenApiTest.PlanController.Create");
        assertThat(policy).containsKey("PlatformOpenApiTest.PolicyController.Create");
        assertThat(plan.get("PlatformOpenApiTest.PlanController.Create").getProperties()).containsKey("tasks");
    }
}
