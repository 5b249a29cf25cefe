package cn.shuangsuiji.testsupport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 接口文档约定 — what every service's OpenAPI document ({@code /v3/api-docs}) must satisfy (issue 13): schema names
 * unique and not silently renamed by springdoc ({@code Create_1}); every operation with a summary, a description, a
 * success status and the error responses the platform answers — 401/403 unless public, 400/422 where there is a
 * body, 404 where there is a path id — each as {@code application/problem+json} of the shared {@code ProblemDetail}
 * schema (with {@code code} and {@code errors}); the bearer-JWT security scheme, declared per operation ({@code []}
 * on public ones); and the gateway as the only server.
 */
public final class OpenApiContract {

    /** The gateway's address the documents must name by default. */
    public static final String DEFAULT_GATEWAY = "http://127.0.0.1:8080";
    private static final Pattern RENAMED = Pattern.compile(".*_[0-9]+$");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final String PROBLEM_REF = "#/components/schemas/ProblemDetail";

    private OpenApiContract() {
    }

    /** Fails with every violation of the document, one per line. */
    public static void assertSatisfiedBy(String json) {
        assertSatisfiedBy(json, DEFAULT_GATEWAY);
    }

    /** Fails with every violation of the document, one per line. */
    public static void assertSatisfiedBy(String json, String gatewayUrl) {
        List<String> violations = violations(json, gatewayUrl);
        if (!violations.isEmpty()) {
            throw new AssertionError("OpenAPI document breaks " + violations.size() + " rule(s):\n  "
                    + String.join("\n  ", violations));
        }
    }

    /** Every violation of the document (empty when it satisfies the contract). */
    public static List<String> violations(String json, String gatewayUrl) {
        List<String> violations = new ArrayList<>();
        violations.addAll(duplicateSchemaNames(json));
        JsonNode doc = JsonMapper.builder().build().readTree(json);
        JsonNode servers = doc.path("servers");
        if (servers.isEmpty()) {
            violations.add("servers: none declared; expected the gateway " + gatewayUrl);
        }
        servers.forEach(s -> {
            if (!gatewayUrl.equals(s.path("url").asString())) {
                violations.add("servers: " + s.path("url").asString() + " is not the gateway " + gatewayUrl);
            }
        });
        JsonNode schemas = doc.path("components").path("schemas");
        for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
            if (RENAMED.matcher(schema.getKey()).matches()) {
                violations.add("schema " + schema.getKey() + ": renamed by springdoc (two types share a name)");
            }
        }
        JsonNode problem = schemas.path("ProblemDetail");
        if (problem.isMissingNode() || !problem.path("properties").has("code")
                || !problem.path("properties").has("errors")) {
            violations.add("components.schemas.ProblemDetail: missing, or without code and errors");
        }
        JsonNode scheme = doc.path("components").path("securitySchemes").path("bearer-jwt");
        if (!"http".equals(scheme.path("type").asString()) || !"bearer".equals(scheme.path("scheme").asString())) {
            violations.add("components.securitySchemes.bearer-jwt: missing or not an HTTP bearer scheme");
        }
        if (doc.path("paths").isEmpty()) {
            violations.add("paths: none");
        }
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (METHODS.contains(entry.getKey())) {
                    operation(entry.getKey().toUpperCase() + " " + path.getKey(), entry.getValue(), violations);
                }
            }
        }
        return violations;
    }

    private static void operation(String name, JsonNode op, List<String> violations) {
        if (op.path("summary").asString("").isBlank()) {
            violations.add(name + ": no summary");
        }
        if (op.path("description").asString("").isBlank()) {
            violations.add(name + ": no description");
        }
        JsonNode responses = op.path("responses");
        Set<String> codes = new HashSet<>();
        responses.propertyNames().forEach(codes::add);
        if (codes.stream().noneMatch(c -> c.startsWith("2") || c.startsWith("3"))) {
            violations.add(name + ": no success response");
        }
        // an operation that may answer asynchronously (RFC 7240 Prefer: respond-async, issue 12) really has both its
        // synchronous 200 and the 202 of its job
        boolean async = false;
        for (JsonNode p : op.path("parameters")) {
            async |= "header".equals(p.path("in").asString("")) && "Prefer".equalsIgnoreCase(p.path("name").asString(""));
        }
        if (codes.contains("200") && (codes.contains("201") || (codes.contains("202") && !async)
                || codes.contains("204"))) {
            violations.add(name + ": documents 200 and another success status; declare the real one only");
        }
        JsonNode security = op.path("security");
        if (security.isMissingNode()) {
            violations.add(name + ": no security requirement (bearer-jwt, or [] when public)");
        }
        boolean open = security.isArray() && security.isEmpty();
        List<String> required = new ArrayList<>();
        if (!open) {
            required.add("401");
            required.add("403");
        }
        if (op.has("requestBody")) {
            required.add("400");
            required.add("422");
        }
        boolean pathId = false;
        for (JsonNode p : op.path("parameters")) {
            pathId |= "path".equals(p.path("in").asString());
        }
        if (pathId) {
            required.add("404");
        }
        for (String code : required) {
            if (!codes.contains(code)) {
                violations.add(name + ": no " + code + " response");
            }
        }
        for (String code : codes) {
            if (code.startsWith("4") || code.startsWith("5")) {
                String ref = responses.path(code).path("content").path("application/problem+json").path("schema")
                        .path("$ref").asString("");
                if (!PROBLEM_REF.equals(ref)) {
                    violations.add(name + ": " + code + " is not application/problem+json of ProblemDetail");
                }
            }
        }
    }

    /** Schema names the raw document declares twice (a parsed tree would silently keep the last). */
    private static List<String> duplicateSchemaNames(String json) {
        List<String> duplicates = new ArrayList<>();
        JsonMapper mapper = JsonMapper.builder().disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        try (JsonParser parser = mapper.createParser(json)) {
            List<String> stack = new ArrayList<>();
            List<Set<String>> seen = new ArrayList<>();
            String pendingName = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case PROPERTY_NAME -> {
                        pendingName = parser.currentName();
                        if (stack.equals(List.of("components", "schemas")) && !seen.get(seen.size() - 1).add(pendingName)) {
                            duplicates.add("schema " + pendingName + ": declared twice");
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        if (!seen.isEmpty()) {
                            stack.add(pendingName == null ? "[]" : pendingName);
                        }
                        seen.add(new HashSet<>());
                        pendingName = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        seen.remove(seen.size() - 1);
                        if (!stack.isEmpty()) {
                            stack.remove(stack.size() - 1);
                        }
                    }
                    default -> pendingName = null;
                }
            }
        }
        return duplicates;
    }
}
