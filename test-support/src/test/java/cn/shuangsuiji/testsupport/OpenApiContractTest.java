package cn.shuangsuiji.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The OpenAPI contract check finds each kind of defect issue 13 lists, and accepts a complete document. */
class OpenApiContractTest {

    private static final String PROBLEM = """
            {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/ProblemDetail"}}}}""";

    private static String doc(String servers, String schemas, String operation) {
        return """
                {"openapi": "3.1.0", "servers": %s,
                 "paths": {"/api/things/{id}": {"put": %s}},
                 "components": {"schemas": {%s
                     "ProblemDetail": {"type": "object", "properties": {"code": {}, "errors": {}}}},
                   "securitySchemes": {"bearer-jwt": {"type": "http", "scheme": "bearer"}}}}
                """.formatted(servers, operation, schemas);
    }

    private static final String GATEWAY = "[{\"url\": \"http://127.0.0.1:8080\"}]";

    private static String complete() {
        return """
                {"summary": "修改", "description": "修改一件", "security": [{"bearer-jwt": []}],
                 "parameters": [{"name": "id", "in": "path"}], "requestBody": {},
                 "responses": {"200": {}, "400": %1$s, "401": %1$s, "403": %1$s, "404": %1$s, "422": %1$s}}
                """.formatted(PROBLEM);
    }

    @Test
    void aCompleteDocumentPasses() {
        assertThat(OpenApiContract.violations(doc(GATEWAY, "", complete()), "http://127.0.0.1:8080")).isEmpty();
    }

    @Test
    void duplicateAndRenamedSchemasFail() {
        List<String> v = OpenApiContract.violations(doc(GATEWAY,
                "\"Create\": {}, \"Create\": {}, \"Create_1\": {},", complete()), "http://127.0.0.1:8080");
        assertThat(v).contains("schema Create: declared twice",
                "schema Create_1: renamed by springdoc (two types share a name)");
    }

    @Test
    void anOperationWithoutSummaryOrErrorResponsesFails() {
        String bare = """
                {"parameters": [{"name": "id", "in": "path"}], "requestBody": {},
                 "security": [{"bearer-jwt": []}], "responses": {"200": {}, "201": {}, "404": {}}}""";
        assertThat(OpenApiContract.violations(doc(GATEWAY, "", bare), "http://127.0.0.1:8080")).contains(
                "PUT /api/things/{id}: no summary", "PUT /api/things/{id}: no description",
                "PUT /api/things/{id}: no 401 response", "PUT /api/things/{id}: no 403 response",
                "PUT /api/things/{id}: no 400 response", "PUT /api/things/{id}: no 422 response",
                "PUT /api/things/{id}: 404 is not application/problem+json of ProblemDetail",
                "PUT /api/things/{id}: documents 200 and another success status; declare the real one only");
    }

    @Test
    void aPublicOperationNeedsNoAuthResponsesButAnUndeclaredSecurityFails() {
        String open = """
                {"summary": "看", "description": "公开", "security": [], "responses": {"200": {}}}""";
        assertThat(OpenApiContract.violations(doc(GATEWAY, "", open), "http://127.0.0.1:8080")).isEmpty();
        String undeclared = """
                {"summary": "看", "description": "公开", "responses": {"200": {}}}""";
        assertThat(OpenApiContract.violations(doc(GATEWAY, "", undeclared), "http://127.0.0.1:8080"))
                .anyMatch(s -> s.contains("no security requirement"));
    }

    @Test
    void aServiceServerInsteadOfTheGatewayFails() {
        assertThatThrownBy(() -> OpenApiContract.assertSatisfiedBy(
                doc("[{\"url\": \"http://127.0.0.1:8082\"}]", "", complete())))
                .hasMessageContaining("servers: http://127.0.0.1:8082 is not the gateway http://127.0.0.1:8080");
        assertThat(OpenApiContract.violations(doc("[]", "", complete()), "http://127.0.0.1:8080"))
                .anyMatch(s -> s.startsWith("servers: none declared"));
    }
}
